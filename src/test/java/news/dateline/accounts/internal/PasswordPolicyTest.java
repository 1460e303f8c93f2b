package news.dateline.accounts.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import news.dateline.accounts.AccountException;
import news.dateline.platform.SiteSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Common passwords, and passwords made of the username or the site's name, are refused with a clear message. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(new SiteSettings("The Daily Bugle", "http://localhost:8080", "en",
            ZoneId.of("Europe/London"), "Disclaimer: This image is taken from {source}."));

    @ParameterizedTest
    @ValueSource(strings = {"1qaz2wsx3edc", "QWERTY123456", "qazwsxedcrfv", "password1234", "!!Sunshine2026!!",
            "iloveyou1234", "Baseball12345"})
    void theMostCommonPasswordsAreRefusedWhateverTheirCaseOrDigitsAround(String password) {
        assertThatThrownBy(() -> policy.check(password, "mokafor"))
                .isInstanceOf(AccountException.class).hasMessageContaining("most common passwords")
                .extracting(e -> ((AccountException) e).field()).isEqualTo("password");
    }

    @Test
    void theUsernameAndTheSiteNameAreRefused() {
        assertThatThrownBy(() -> policy.check("my name is MOKAFOR!", "mokafor")).hasMessageContaining("username");
        assertThatThrownBy(() -> policy.check("dailybugle-newsroom", "mokafor")).hasMessageContaining("site's name");
        assertThatThrownBy(() -> policy.check("short", "mokafor")).hasMessageContaining("at least 12");
    }

    @Test
    void passphrasesAndRandomPasswordsPass() {
        assertThatCode(() -> policy.check("correct horse battery staple", "mokafor")).doesNotThrowAnyException();
        assertThatCode(() -> policy.check("Zr4_kq9XbT2mLw8p", "mokafor")).doesNotThrowAnyException();
    }
}
