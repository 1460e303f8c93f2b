package news.dateline.webhooks.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import news.dateline.webhooks.Endpoint;
import news.dateline.webhooks.WebhookEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Registered webhook endpoints; events stored as a comma-separated list of their codes. */
@Repository
public class EndpointRepository {

    private static final String COLUMNS = "SELECT id, url, events, secret, active, allow_private_network, created_by, "
            + "created_at FROM webhook_endpoints ";

    private final JdbcClient jdbc;

    public EndpointRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String url, Set<WebhookEvent> events, String secret, boolean allowPrivate, String by,
                       Instant now) {
        jdbc.sql("INSERT INTO webhook_endpoints (url, events, secret, active, allow_private_network, created_by, "
                        + "created_at) VALUES (?, ?, ?, 1, ?, ?, ?)")
                .params(url, codes(events), secret, allowPrivate ? 1 : 0, by, now.toEpochMilli()).update();
        return jdbc.sql("SELECT MAX(id) FROM webhook_endpoints WHERE secret = ?").param(secret)
                .query(Long.class).single();
    }

    public void update(long id, String url, Set<WebhookEvent> events, boolean active, boolean allowPrivate) {
        jdbc.sql("UPDATE webhook_endpoints SET url = ?, events = ?, active = ?, allow_private_network = ? WHERE id = ?")
                .params(url, codes(events), active ? 1 : 0, allowPrivate ? 1 : 0, id).update();
    }

    public void delete(long id) {
        jdbc.sql("DELETE FROM webhook_attempts WHERE endpoint_id = ?").param(id).update();
        jdbc.sql("DELETE FROM webhook_deliveries WHERE endpoint_id = ?").param(id).update();
        jdbc.sql("DELETE FROM webhook_endpoints WHERE id = ?").param(id).update();
    }

    public Optional<Endpoint> find(long id) {
        return jdbc.sql(COLUMNS + "WHERE id = ?").param(id).query(this::map).optional();
    }

    public List<Endpoint> all() {
        return jdbc.sql(COLUMNS + "ORDER BY id").query(this::map).list();
    }

    public List<Endpoint> active() {
        return jdbc.sql(COLUMNS + "WHERE active = 1 ORDER BY id").query(this::map).list();
    }

    private static String codes(Set<WebhookEvent> events) {
        return events.stream().map(WebhookEvent::code).sorted().collect(Collectors.joining(","));
    }

    private Endpoint map(ResultSet rs, int row) throws SQLException {
        Set<WebhookEvent> events = Arrays.stream(rs.getString("events").split(","))
                .flatMap(code -> WebhookEvent.fromCode(code).stream()).collect(Collectors.toSet());
        return new Endpoint(rs.getLong("id"), rs.getString("url"), events, rs.getString("secret"),
                rs.getInt("active") == 1, rs.getInt("allow_private_network") == 1, rs.getString("created_by"),
                Instant.ofEpochMilli(rs.getLong("created_at")));
    }
}
