package news.dateline.views.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Ranks stories by their views in the hourly buckets from a given hour on. */
@Repository
public class MostReadRepository {

    public record Ranked(long articleId, long views) {
    }

    private final JdbcClient jdbc;

    public MostReadRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The top stories since {@code firstHour}, in one section (the story's current one) or everywhere (0). */
    public List<Ranked> ranking(long firstHour, long sectionId, int limit) {
        String inSection = sectionId == 0 ? "" : " AND h.article_id IN (SELECT id FROM articles WHERE section_id = :section)";
        return jdbc.sql("SELECT h.article_id, SUM(h.views) AS views FROM article_view_hours h WHERE h.hour >= :first"
                        + inSection + " GROUP BY h.article_id ORDER BY views DESC, h.article_id DESC LIMIT :limit")
                .param("first", firstHour)
                .param("section", sectionId)
                .param("limit", limit)
                .query((rs, n) -> new Ranked(rs.getLong(1), rs.getLong(2)))
                .list();
    }
}
