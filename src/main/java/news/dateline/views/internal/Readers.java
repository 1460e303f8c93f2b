package news.dateline.views.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells readers apart without cookies and without storing anything personal: a reader is an HMAC of
 * client address and user agent under a secret salt that changes every day (UTC). All nodes share the
 * day's salt through the database; salts are deleted after two days, after which no stored hash can
 * be linked to an address again.
 */
@Component
class Readers {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private final JdbcClient jdbc;
    private final Map<LocalDate, byte[]> salts = new ConcurrentHashMap<>();

    Readers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The anonymous reader key for this address and user agent on the day of {@code at}. */
    String reader(String clientAddress, String userAgent, Instant at) {
        return hash(at, String.valueOf(clientAddress), String.valueOf(userAgent));
    }

    /**
     * The anonymous key of the network a reader's address belongs to on the day of {@code at}: the address itself
     * for IPv4, its /64 network for IPv6 (one subscriber's share, which they can vary at will).
     */
    String origin(String clientAddress, Instant at) {
        return hash(at, Networks.of(clientAddress));
    }

    private String hash(Instant at, String... parts) {
        LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(salts.computeIfAbsent(day, this::salt), "HmacSHA256"));
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    mac.update((byte) '\n');
                }
                mac.update(parts[i].getBytes(StandardCharsets.UTF_8));
            }
            return HEX.formatHex(mac.doFinal(), 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** Forgets salts older than yesterday, here and in the database. */
    void forgetOldSalts(Instant now) {
        LocalDate yesterday = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(1);
        salts.keySet().removeIf(day -> day.isBefore(yesterday));
        jdbc.sql("DELETE FROM view_salts WHERE day < ?").param(yesterday.toString()).update();
    }

    private byte[] salt(LocalDate day) {
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        jdbc.sql("INSERT INTO view_salts (day, salt) VALUES (?, ?) ON CONFLICT (day) DO NOTHING")
                .params(day.toString(), HEX.formatHex(fresh))
                .update();
        String stored = jdbc.sql("SELECT salt FROM view_salts WHERE day = ?").param(day.toString())
                .query(String.class).single();
        return HEX.parseHex(stored);
    }
}
