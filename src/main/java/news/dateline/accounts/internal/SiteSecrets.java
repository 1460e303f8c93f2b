package news.dateline.accounts.internal;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Random secrets made once per installation and shared by every node through the database ({@code site_secrets}). */
@Repository
public class SiteSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private final JdbcClient jdbc;

    SiteSecrets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The 32-byte secret called {@code name}: made by the first node that asks, the same for all afterwards. */
    public byte[] secret(String name) {
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        jdbc.sql("INSERT INTO site_secrets (name, secret) VALUES (?, ?) ON CONFLICT (name) DO NOTHING")
                .params(name, HEX.formatHex(fresh))
                .update();
        return HEX.parseHex(jdbc.sql("SELECT secret FROM site_secrets WHERE name = ?").param(name)
                .query(String.class).single());
    }
}
