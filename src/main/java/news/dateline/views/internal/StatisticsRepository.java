package news.dateline.views.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.dateline.views.ViewStatistics.Tally;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sums of the hourly buckets for the newsroom's analytics. */
@Repository
public class StatisticsRepository {

    private final JdbcClient jdbc;

    public StatisticsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Views per hour from {@code firstHour} on, for one article or (0) the whole site. */
    public Map<Long, Long> hours(long firstHour, long articleId) {
        Map<Long, Long> hours = new HashMap<>();
        jdbc.sql("SELECT hour, SUM(views) FROM article_view_hours WHERE hour >= :first"
                        + (articleId == 0 ? "" : " AND article_id = :article") + " GROUP BY hour")
                .param("first", firstHour)
                .param("article", articleId)
                .query(rs -> {
                    hours.put(rs.getLong(1), rs.getLong(2));
                });
        return hours;
    }

    public List<Tally> top(long firstHour, int limit) {
        return jdbc.sql("SELECT article_id, SUM(views) AS views FROM article_view_hours WHERE hour >= ?"
                        + " GROUP BY article_id ORDER BY views DESC, article_id DESC LIMIT ?")
                .params(firstHour, limit)
                .query((rs, n) -> new Tally(rs.getLong(1), rs.getLong(2)))
                .list();
    }

    public List<Tally> perSection(long firstHour) {
        return jdbc.sql("SELECT a.section_id, SUM(h.views) AS views FROM article_view_hours h"
                        + " JOIN articles a ON a.id = h.article_id WHERE h.hour >= ?"
                        + " GROUP BY a.section_id ORDER BY views DESC, a.section_id")
                .param(firstHour)
                .query((rs, n) -> new Tally(rs.getLong(1), rs.getLong(2)))
                .list();
    }
}
