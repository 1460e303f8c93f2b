package news.dateline.webhooks.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import news.dateline.webhooks.Delivery;
import news.dateline.webhooks.WebhookEvent;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox: one row per event per endpoint. A sender takes a due row with one conditional UPDATE ({@link #claim}),
 * which succeeds for exactly one caller until the lease runs out; only the lease holder may settle the row.
 * Instants are epoch milliseconds.
 */
@Repository
public class DeliveryRepository {

    private static final String COLUMNS = "SELECT id, endpoint_id, event, entity_id, state, attempts, created_at, "
            + "first_attempt_at, next_attempt_at, last_status, last_error FROM webhook_deliveries ";

    private final JdbcClient jdbc;

    public DeliveryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues the event unless a not yet claimed pending delivery of it for that entity is waiting: true if queued. */
    public boolean enqueue(long endpointId, WebhookEvent event, long entityId, Instant now) {
        return jdbc.sql("INSERT INTO webhook_deliveries (endpoint_id, event, entity_id, state, attempts, created_at, "
                        + "next_attempt_at) SELECT ?, ?, ?, 'PENDING', 0, ?, ? WHERE NOT EXISTS (SELECT 1 FROM "
                        + "webhook_deliveries WHERE endpoint_id = ? AND event = ? AND entity_id = ? "
                        + "AND state = 'PENDING' AND claimed_by IS NULL)")
                .params(endpointId, event.code(), entityId, now.toEpochMilli(), now.toEpochMilli(),
                        endpointId, event.code(), entityId)
                .update() == 1;
    }

    /** Ids of pending deliveries due by {@code now} and not under someone's lease, oldest first. */
    public List<Long> due(Instant now, int limit) {
        return jdbc.sql("SELECT id FROM webhook_deliveries WHERE state = 'PENDING' AND next_attempt_at <= ? "
                        + "AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY next_attempt_at, id LIMIT ?")
                .params(now.toEpochMilli(), now.toEpochMilli(), limit).query(Long.class).list();
    }

    /** Takes the delivery for {@code sender} until {@code now + lease}; true for exactly one of competing callers. */
    public boolean claim(long id, String sender, Instant now, Duration lease) {
        return jdbc.sql("UPDATE webhook_deliveries SET claimed_by = ?, claimed_until = ? WHERE id = ? "
                        + "AND state = 'PENDING' AND next_attempt_at <= ? "
                        + "AND (claimed_until IS NULL OR claimed_until < ?)")
                .params(sender, now.plus(lease).toEpochMilli(), id, now.toEpochMilli(), now.toEpochMilli())
                .update() == 1;
    }

    /** Settles an attempt the holder made: the new state, when to try next, what the receiver said. */
    public boolean settle(long id, String sender, String state, Instant firstAttempt, Instant next,
                          @Nullable Integer status, String error) {
        return jdbc.sql("UPDATE webhook_deliveries SET state = ?, attempts = attempts + 1, first_attempt_at = ?, "
                        + "next_attempt_at = ?, last_status = ?, last_error = ?, claimed_by = NULL, "
                        + "claimed_until = NULL WHERE id = ? AND claimed_by = ?")
                .params(state, firstAttempt.toEpochMilli(), next.toEpochMilli(), status, cut(error), id, sender)
                .update() == 1;
    }

    /** Queues a delivery again now, whatever became of it ("Send again"); its 24 hours start again. */
    public boolean requeue(long id, Instant now) {
        return jdbc.sql("UPDATE webhook_deliveries SET state = 'PENDING', next_attempt_at = ?, first_attempt_at = NULL, "
                        + "claimed_by = NULL, claimed_until = NULL WHERE id = ?")
                .params(now.toEpochMilli(), id).update() == 1;
    }

    public void logAttempt(long deliveryId, long endpointId, Instant at, @Nullable Integer status, String error,
                           long durationMs) {
        jdbc.sql("INSERT INTO webhook_attempts (delivery_id, endpoint_id, attempted_at, status, error, duration_ms) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(deliveryId, endpointId, at.toEpochMilli(), status, cut(error), durationMs).update();
    }

    /** Keeps the newest {@code keep} attempt log lines of the endpoint. */
    public void pruneAttempts(long endpointId, int keep) {
        jdbc.sql("DELETE FROM webhook_attempts WHERE endpoint_id = ? AND id <= (SELECT id FROM webhook_attempts "
                        + "WHERE endpoint_id = ? ORDER BY id DESC LIMIT 1 OFFSET ?)")
                .params(endpointId, endpointId, keep).update();
    }

    /** Forgets delivered and failed deliveries queued before {@code before}, with their attempt log. */
    public void pruneSettled(Instant before) {
        String old = "SELECT id FROM webhook_deliveries WHERE state <> 'PENDING' AND created_at < ?";
        jdbc.sql("DELETE FROM webhook_attempts WHERE delivery_id IN (" + old + ")").param(before.toEpochMilli()).update();
        jdbc.sql("DELETE FROM webhook_deliveries WHERE id IN (" + old + ")").param(before.toEpochMilli()).update();
    }

    public int attemptsLogged(long endpointId) {
        return jdbc.sql("SELECT COUNT(*) FROM webhook_attempts WHERE endpoint_id = ?").param(endpointId)
                .query(Integer.class).single();
    }

    public Optional<Delivery> find(long id) {
        return jdbc.sql(COLUMNS + "WHERE id = ?").param(id).query(this::map).optional();
    }

    public List<Delivery> recent(long endpointId, int limit) {
        return jdbc.sql(COLUMNS + "WHERE endpoint_id = ? ORDER BY id DESC LIMIT ?").params(endpointId, limit)
                .query(this::map).list();
    }

    private static String cut(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500);
    }

    private Delivery map(ResultSet rs, int row) throws SQLException {
        long first = rs.getLong("first_attempt_at");
        Instant firstAttempt = rs.wasNull() ? null : Instant.ofEpochMilli(first);
        int status = rs.getInt("last_status");
        Integer lastStatus = rs.wasNull() ? null : status;
        return new Delivery(rs.getLong("id"), rs.getLong("endpoint_id"),
                WebhookEvent.fromCode(rs.getString("event")).orElseThrow(), rs.getLong("entity_id"),
                rs.getString("state"), rs.getInt("attempts"), Instant.ofEpochMilli(rs.getLong("created_at")),
                firstAttempt, Instant.ofEpochMilli(rs.getLong("next_attempt_at")), lastStatus,
                rs.getString("last_error"));
    }
}
