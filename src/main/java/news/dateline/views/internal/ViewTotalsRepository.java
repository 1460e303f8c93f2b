package news.dateline.views.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ViewTotalsRepository {

    private final JdbcClient jdbc;

    public ViewTotalsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long total(long articleId) {
        return jdbc.sql("SELECT views FROM article_view_totals WHERE article_id = ?").param(articleId)
                .query(Long.class).optional().orElse(0L);
    }

    public Map<Long, Long> totals(Collection<Long> articleIds) {
        Map<Long, Long> totals = new HashMap<>();
        jdbc.sql("SELECT article_id, views FROM article_view_totals WHERE article_id IN (:ids)")
                .param("ids", articleIds)
                .query(rs -> {
                    totals.put(rs.getLong("article_id"), rs.getLong("views"));
                });
        return totals;
    }

    /** Sets a total (portable upsert: both SQLite and PostgreSQL support ON CONFLICT). */
    public void setTotal(long articleId, long views) {
        jdbc.sql("INSERT INTO article_view_totals (article_id, views) VALUES (?, ?) "
                        + "ON CONFLICT (article_id) DO UPDATE SET views = excluded.views")
                .params(articleId, views)
                .update();
    }
}
