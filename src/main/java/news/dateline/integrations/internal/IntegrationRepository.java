package news.dateline.integrations.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import news.dateline.accounts.Role;
import news.dateline.integrations.Integration;
import news.dateline.integrations.IntegrationKind;
import news.dateline.platform.Instants;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code integrations} table: one row per key or token, found by the SHA-256 of its secret. */
@Repository
public class IntegrationRepository {

    private static final String COLUMNS = "SELECT id, name, kind, role, origins, requests_per_minute, hint, created_at, "
            + "created_by, revoked_at, last_used_at FROM integrations ";

    private final JdbcClient jdbc;

    public IntegrationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String name, IntegrationKind kind, @Nullable Role role, List<String> origins, String tokenHash,
                       String hint, Instant now, String createdBy) {
        jdbc.sql("INSERT INTO integrations (name, kind, role, origins, token_hash, hint, created_at, created_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(name, kind.name(), role == null ? null : role.name(), String.join(" ", origins), tokenHash, hint,
                        Instants.toSql(now), createdBy)
                .update();
        return jdbc.sql("SELECT id FROM integrations WHERE token_hash = ?").param(tokenHash).query(Long.class).single();
    }

    public List<Integration> findAll() {
        return jdbc.sql(COLUMNS + "ORDER BY revoked_at IS NOT NULL, name, id").query(this::map).list();
    }

    public Optional<Integration> findById(long id) {
        return jdbc.sql(COLUMNS + "WHERE id = ?").param(id).query(this::map).optional();
    }

    /** The live integration whose secret hashes to {@code tokenHash}. */
    public Optional<Integration> findLive(String tokenHash) {
        return jdbc.sql(COLUMNS + "WHERE token_hash = ? AND revoked_at IS NULL").param(tokenHash).query(this::map)
                .optional();
    }

    /** The allowed origins of every live Content API key, one string per key. */
    public List<String> liveOrigins() {
        return jdbc.sql("SELECT origins FROM integrations WHERE kind = 'CONTENT' AND revoked_at IS NULL AND origins <> ''")
                .query(String.class).list();
    }

    public boolean revoke(long id, Instant now) {
        return jdbc.sql("UPDATE integrations SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
                .params(Instants.toSql(now), id).update() == 1;
    }

    public void changeOrigins(long id, List<String> origins) {
        jdbc.sql("UPDATE integrations SET origins = ? WHERE id = ?").params(String.join(" ", origins), id).update();
    }

    public void changeRequestsPerMinute(long id, @Nullable Integer perMinute) {
        jdbc.sql("UPDATE integrations SET requests_per_minute = ? WHERE id = ?").params(perMinute, id).update();
    }

    public void used(long id, Instant now) {
        jdbc.sql("UPDATE integrations SET last_used_at = ? WHERE id = ?").params(Instants.toSql(now), id).update();
    }

    private Integration map(ResultSet rs, int row) throws SQLException {
        String role = rs.getString("role");
        String origins = rs.getString("origins");
        int perMinute = rs.getInt("requests_per_minute");
        Integer limit = rs.wasNull() ? null : perMinute;
        return new Integration(rs.getLong("id"), rs.getString("name"), IntegrationKind.valueOf(rs.getString("kind")),
                role == null ? null : Role.valueOf(role),
                origins.isBlank() ? List.of() : Arrays.asList(origins.strip().split(" +")), limit, rs.getString("hint"),
                Instants.read(rs, "created_at"), rs.getString("created_by"), Instants.read(rs, "revoked_at"),
                Instants.read(rs, "last_used_at"));
    }
}
