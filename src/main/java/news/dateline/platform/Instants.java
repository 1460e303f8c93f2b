package news.dateline.platform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Moves instants in and out of JDBC the same way on SQLite (epoch milliseconds) and PostgreSQL
 * ({@code timestamptz}): both drivers map {@link Timestamp} to the right column type.
 */
public final class Instants {

    private Instants() {
    }

    public static @Nullable Timestamp toSql(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    public static @Nullable Instant read(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
