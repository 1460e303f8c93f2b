package news.dateline.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The TOTP generator against the SHA-1 test vectors of RFC 6238 (appendix B), and Base32 against RFC 4648. */
class TotpTest {

    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({"59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
            "2000000000, 69279037", "20000000000, 65353130"})
    void makesTheCodesOfRfc6238(long seconds, String expected) {
        long step = Totp.step(Instant.ofEpochSecond(seconds));
        assertThat(Totp.code(RFC_KEY, step, 8)).isEqualTo(expected);
        assertThat(Totp.code(RFC_KEY, step, 6)).isEqualTo(expected.substring(2));
        assertThat(Totp.code(Totp.encode(RFC_KEY), step)).isEqualTo(expected.substring(2));
    }

    @Test
    void base32IsRfc4648WithoutPadding() {
        assertThat(Totp.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(new String(Totp.decode("mzxw 6ytb oi"), StandardCharsets.US_ASCII)).isEqualTo("foobar");
        String secret = Totp.newSecret();
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(Totp.decode(secret)).hasSize(20);
    }
}
