package news.dateline.backup;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** What a backup holds, counted in its database: stories, revisions, images and the sum of every view total. */
public record SiteCounts(long stories, long revisions, long images, long views) {

    public static SiteCounts of(Connection connection) throws SQLException {
        return new SiteCounts(count(connection, "SELECT COUNT(*) FROM articles"),
                count(connection, "SELECT COUNT(*) FROM article_revisions"),
                count(connection, "SELECT COUNT(*) FROM images"),
                count(connection, "SELECT COALESCE(SUM(views), 0) FROM article_view_totals"));
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
