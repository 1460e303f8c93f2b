package news.dateline.platform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Moves instants in and out of JDBC the same way on SQLite (epoch milliseconds) and PostgreSQL
 * ({@code timestamptz}): both drivers map {@link Timestamp} to the right column type.
 */
public final class Instants {

    private Instants() {
    }

    public static Timestamp toSql(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    public static Instant read(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
