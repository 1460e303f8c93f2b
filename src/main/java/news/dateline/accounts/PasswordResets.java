package news.dateline.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import news.dateline.accounts.internal.AccountRepository;
import news.dateline.accounts.internal.LifecycleRepository;
import news.dateline.accounts.internal.Totp;
import news.dateline.platform.SiteSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time password reset links, issued by an admin (there is no mail: the admin copies the link to its owner).
 * A link works once, for {@link #VALID_FOR}; only its SHA-256 is stored; issuing a new one spends the older ones.
 * Using it sets the new password, lifts any sign-in lockout and signs out every session of the account.
 */
@Service
public class PasswordResets {

    public static final Duration VALID_FOR = Duration.ofHours(24);
    public static final String PATH = "/newsroom/reset";

    private static final Logger log = LoggerFactory.getLogger(PasswordResets.class);

    /** A reset link to hand over, and when it stops working. */
    public record ResetLink(String url, Instant expiresAt) {
    }

    private final LifecycleRepository resets;
    private final AccountRepository accounts;
    private final Accounts accountService;
    private final SignedInSessions sessions;
    private final SiteSettings settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PasswordResets(LifecycleRepository resets, AccountRepository accounts, Accounts accountService, SignedInSessions sessions,
                   SiteSettings settings, Clock clock) {
        this.resets = resets;
        this.accounts = accounts;
        this.accountService = accountService;
        this.sessions = sessions;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    public ResetLink issue(Account actor, long accountId) {
        if (!actor.role().mayAdminister()) {
            throw new NotPermittedException("Only an admin can issue password reset links");
        }
        Account target = accounts.findById(accountId).orElseThrow(() -> new AccountException("account", "No such account"));
        if (!target.active()) {
            throw new AccountException("account", "Reactivate the account first");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expires = now.plus(VALID_FOR);
        resets.issueReset(target.id(), Totp.sha256(token), actor.username(), now, expires);
        log.info("{} issued a password reset link for {} (valid until {})", actor.username(), target.username(), expires);
        return new ResetLink(settings.baseUrl() + PATH + "?token=" + token, expires);
    }

    /** The active account a reset link is for, while the link is unused and unexpired. */
    public Optional<Account> accountFor(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return resets.validReset(Totp.sha256(token), clock.instant()).flatMap(accounts::findById).filter(Account::active);
    }

    /** Sets a new password through a reset link; the link is spent. */
    @Transactional
    public Account reset(String token, String password, String confirm) {
        Account account = accountFor(token)
                .orElseThrow(() -> new AccountException("token", "This reset link is not valid: it has been used or has expired. Ask an admin for a new one."));
        if (password == null || !password.equals(confirm)) {
            throw new AccountException("confirm", "The two passwords differ");
        }
        accountService.setPassword(account, password);
        if (!resets.spendReset(Totp.sha256(token), account.id(), clock.instant())) {
            throw new AccountException("token", "This reset link has just been used. Ask an admin for a new one.");
        }
        accounts.unlock(account.id());
        sessions.signOutAll(account.username(), null);
        log.info("{} set a new password with a reset link; every session of theirs is signed out", account.username());
        return account;
    }
}
