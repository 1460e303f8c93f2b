package news.dateline.accounts.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import news.dateline.accounts.AccountException;
import news.dateline.accounts.NewAccount;
import news.dateline.platform.SiteSettings;
import org.springframework.stereotype.Component;

/**
 * Which new passwords are refused: shorter than {@value NewAccount#MIN_PASSWORD_LENGTH} characters, one of the
 * 10,000 most common passwords (case-insensitive, also with digits or symbols added around it), or containing the
 * account's username or the site's name. The list ships in {@code accounts/common-passwords.txt} (see its NOTICE).
 */
@Component
public class PasswordPolicy {

    private static final Set<String> COMMON = load();

    private final SiteSettings settings;

    PasswordPolicy(SiteSettings settings) {
        this.settings = settings;
    }

    /** Refuses {@code password} for the account {@code username}, with a message for the form field "password". */
    public void check(String password, String username) {
        if (password == null || password.length() < NewAccount.MIN_PASSWORD_LENGTH) {
            throw new AccountException("password", "Use at least " + NewAccount.MIN_PASSWORD_LENGTH + " characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (isCommon(lower)) {
            throw new AccountException("password",
                    "That is one of the most common passwords, which attackers try first. Choose another: a few unrelated words work well");
        }
        String user = username == null ? "" : username.toLowerCase(Locale.ROOT);
        if (user.length() >= 3 && lower.contains(user)) {
            throw new AccountException("password", "The password must not contain the username");
        }
        String site = settings.name().toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "").replaceAll("[^\\p{L}\\p{N}]+", "");
        if (site.length() >= 3 && lower.replaceAll("[^\\p{L}\\p{N}]+", "").contains(site)) {
            throw new AccountException("password", "The password must not contain the site's name");
        }
    }

    /** Whether the lower-cased password is on the list, as it is or with digits and symbols around a listed word. */
    static boolean isCommon(String lower) {
        if (COMMON.contains(lower)) {
            return true;
        }
        String core = lower.replaceAll("^[^\\p{L}]+", "").replaceAll("[^\\p{L}]+$", "");
        return core.length() >= 4 && !core.equals(lower) && COMMON.contains(core);
    }

    private static Set<String> load() {
        var stream = PasswordPolicy.class.getResourceAsStream("/accounts/common-passwords.txt");
        if (stream == null) {
            throw new IllegalStateException("accounts/common-passwords.txt is missing from the classpath");
        }
        Set<String> words = new HashSet<>(16_384);
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(s -> !s.isEmpty()).forEach(s -> words.add(s.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
