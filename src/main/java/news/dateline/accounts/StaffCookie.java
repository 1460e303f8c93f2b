package news.dateline.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Enumeration;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import news.dateline.accounts.internal.SiteSecrets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * The signed marker a signed-in newsroom user carries beside the session cookie: {@code DATELINE_STAFF=<expiry>.<HMAC>}
 * (HttpOnly, whole site). The page cache checks it, with no database lookup, to let staff bypass cached pages: the
 * signature is an HMAC-SHA256 under a per-installation secret every node shares ({@code site_secrets}), so a
 * made-up or expired marker, a stale session cookie or an {@code Authorization} header is simply an anonymous
 * reader. The newsroom gives the marker to every signed-in request that lacks a fresh one and takes it back on
 * sign-out.
 */
@Component
public class StaffCookie {

    public static final String NAME = "DATELINE_STAFF";
    private static final String PREFIX = NAME + "=";

    private final SiteSecrets secrets;
    private final Clock clock;
    private final Duration lifetime;
    private volatile SecretKeySpec key;

    StaffCookie(SiteSecrets secrets, Clock clock, @Value("${spring.session.timeout:12h}") Duration lifetime) {
        this.secrets = secrets;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** Whether the request carries a valid, unexpired staff marker (an HMAC check; no database). */
    public boolean carriedBy(HttpServletRequest request) {
        return secondsLeft(request) > 0;
    }

    /** Gives a fresh marker unless the request carries one with more than half its lifetime left. */
    public void renew(HttpServletRequest request, HttpServletResponse response) {
        if (secondsLeft(request) <= lifetime.toSeconds() / 2) {
            long expires = clock.instant().getEpochSecond() + lifetime.toSeconds();
            set(request, response, expires + "." + sign(expires), lifetime);
        }
    }

    /** Takes the marker back (sign-out, or a request without a newsroom session). */
    public void remove(HttpServletRequest request, HttpServletResponse response) {
        if (value(request) != null) {
            set(request, response, "", Duration.ZERO);
        }
    }

    private long secondsLeft(HttpServletRequest request) {
        String value = value(request);
        int dot = value == null ? -1 : value.indexOf('.');
        if (dot < 1 || dot > 12) {
            return 0;
        }
        long expires;
        try {
            expires = Long.parseLong(value, 0, dot, 10);
        } catch (NumberFormatException e) {
            return 0;
        }
        long left = expires - clock.instant().getEpochSecond();
        if (left <= 0 || left > lifetime.toSeconds()) {
            return 0;
        }
        byte[] given = value.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(given, sign(expires).getBytes(StandardCharsets.US_ASCII)) ? left : 0;
    }

    /** The marker's value from the Cookie headers, found without parsing every cookie. */
    private static String value(HttpServletRequest request) {
        for (Enumeration<String> headers = request.getHeaders("Cookie"); headers != null && headers.hasMoreElements(); ) {
            String header = headers.nextElement();
            for (int at = header.indexOf(PREFIX); at >= 0; at = header.indexOf(PREFIX, at + 1)) {
                if (at == 0 || header.charAt(at - 1) == ' ' || header.charAt(at - 1) == ';') {
                    int start = at + PREFIX.length();
                    int end = header.indexOf(';', start);
                    return header.substring(start, end < 0 ? header.length() : end).strip();
                }
            }
        }
        return null;
    }

    private String sign(long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            byte[] digest = mac.doFinal(("staff." + expires).getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec current = key;
        if (current == null) {
            synchronized (this) {
                if (key == null) {
                    key = new SecretKeySpec(secrets.secret("staff-cookie"), "HmacSHA256");
                }
                current = key;
            }
        }
        return current;
    }

    private static void set(HttpServletRequest request, HttpServletResponse response, String value, Duration maxAge) {
        response.addHeader("Set-Cookie", ResponseCookie.from(NAME, value).path("/").httpOnly(true).sameSite("Lax")
                .secure(request.isSecure()).maxAge(maxAge).build().toString());
    }
}
