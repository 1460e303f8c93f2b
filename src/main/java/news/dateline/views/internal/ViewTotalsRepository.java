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

    /** Adds views to one hour's bucket and to the total, as one atomic increment each. */
    public void add(long articleId, long hour, long views) {
        jdbc.sql("INSERT INTO article_view_hours (article_id, hour, views) VALUES (?, ?, ?) "
                        + "ON CONFLICT (article_id, hour) DO UPDATE SET views = article_view_hours.views + excluded.views")
                .params(articleId, hour, views)
                .update();
        jdbc.sql("INSERT INTO article_view_totals (article_id, views) VALUES (?, ?) "
                        + "ON CONFLICT (article_id) DO UPDATE SET views = article_view_totals.views + excluded.views")
                .params(articleId, views)
                .update();
    }

    /** Sets a total (portable upsert: both SQLite and PostgreSQL support ON CONFLICT). */
    public void setTotal(long articleId, long views) {
        jdbc.sql("INSERT INTO article_view_totals (article_id, views) VALUES (?, ?) "
                        + "ON CONFLICT (article_id) DO UPDATE SET views = excluded.views")
                .params(articleId, views)
                .update();
    }
}
