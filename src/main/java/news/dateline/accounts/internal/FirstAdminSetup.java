package news.dateline.accounts.internal;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;
import news.dateline.accounts.Accounts;
import news.dateline.platform.SiteSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A fresh install has no accounts and no default password. On start, Dateline prints a one-time setup
 * link on the console; whoever holds it creates the first admin, after which the link stops working.
 */
@Component
public class FirstAdminSetup {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminSetup.class);

    private final Accounts accounts;
    private final SiteSettings settings;
    private final SecureRandom random = new SecureRandom();
    private final AtomicReference<String> token = new AtomicReference<>();

    FirstAdminSetup(Accounts accounts, SiteSettings settings) {
        this.accounts = accounts;
        this.settings = settings;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        if (!accounts.noneExist()) {
            return;
        }
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        token.set(value);
        log.warn("""

                ============================================================================
                 No newsroom account exists yet. Create the first admin with this one-time link:
                 {}/newsroom/setup?token={}
                ============================================================================""", settings.baseUrl(), value);
    }

    /** Whether {@code candidate} is the current setup token (compared in constant time). */
    public boolean accepts(String candidate) {
        String current = token.get();
        return current != null && candidate != null && accounts.noneExist()
                && MessageDigest.isEqual(current.getBytes(), candidate.getBytes());
    }

    /** Spends the token once the first admin exists. */
    public void spend() {
        token.set(null);
    }
}
