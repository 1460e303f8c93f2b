package news.dateline.views.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes a batch of views: claims each reader's view in the shared dedupe table (so that several nodes
 * agree on who was counted), then adds the new views to the hourly buckets and the all-time totals with
 * atomic increments. Rows are touched in key order so that two nodes flushing at once cannot deadlock.
 */
@Repository
class ViewStore {

    /** Rows per multi-row statement: 3 parameters each, far below either database's limit. */
    private static final int CHUNK = 300;

    private final JdbcTemplate jdbc;

    ViewStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One view waiting to be written. */
    record PendingView(String reader, long articleId, long atMillis) {
    }

    /**
     * Writes the views; returns how many were new (not already counted for that reader within the
     * window, on any node). Must run inside a transaction.
     */
    int write(List<PendingView> views, long windowMillis) {
        Map<String, PendingView> unique = new TreeMap<>();
        for (PendingView view : views) {
            unique.merge(view.reader() + ':' + view.articleId(), view, (a, b) -> a.atMillis() <= b.atMillis() ? a : b);
        }
        List<PendingView> sorted = new ArrayList<>(unique.values());
        List<PendingView> counted = new ArrayList<>();
        for (int from = 0; from < sorted.size(); from += CHUNK) {
            counted.addAll(claim(sorted.subList(from, Math.min(sorted.size(), from + CHUNK)), windowMillis));
        }
        Map<Long, Map<Long, Long>> byArticleAndHour = new TreeMap<>();
        for (PendingView view : counted) {
            byArticleAndHour.computeIfAbsent(view.articleId(), id -> new TreeMap<>())
                    .merge(Math.floorDiv(view.atMillis(), 3_600_000L), 1L, Long::sum);
        }
        List<Object[]> hours = new ArrayList<>();
        List<Object[]> totals = new ArrayList<>();
        byArticleAndHour.forEach((articleId, perHour) -> {
            long sum = 0;
            for (var hour : perHour.entrySet()) {
                hours.add(new Object[] {articleId, hour.getKey(), hour.getValue()});
                sum += hour.getValue();
            }
            totals.add(new Object[] {articleId, sum});
        });
        jdbc.batchUpdate("INSERT INTO article_view_hours (article_id, hour, views) VALUES (?, ?, ?) "
                + "ON CONFLICT (article_id, hour) DO UPDATE SET views = article_view_hours.views + excluded.views", hours);
        jdbc.batchUpdate("INSERT INTO article_view_totals (article_id, views) VALUES (?, ?) "
                + "ON CONFLICT (article_id) DO UPDATE SET views = article_view_totals.views + excluded.views", totals);
        return counted.size();
    }

    /** Forgets readers whose window has passed. */
    int forgetReaders(long olderThanMillis) {
        return jdbc.update("DELETE FROM view_readers WHERE counted_at < ?", olderThanMillis);
    }

    /** Inserts or renews the readers' rows; only rows inserted or renewed after the window come back. */
    private List<PendingView> claim(List<PendingView> chunk, long windowMillis) {
        StringBuilder sql = new StringBuilder("INSERT INTO view_readers (reader, article_id, counted_at) VALUES ");
        List<Object> params = new ArrayList<>(chunk.size() * 3 + 1);
        for (int i = 0; i < chunk.size(); i++) {
            PendingView view = chunk.get(i);
            sql.append(i == 0 ? "(?, ?, ?)" : ", (?, ?, ?)");
            params.add(view.reader());
            params.add(view.articleId());
            params.add(view.atMillis());
        }
        sql.append(" ON CONFLICT (reader, article_id) DO UPDATE SET counted_at = excluded.counted_at"
                + " WHERE view_readers.counted_at <= excluded.counted_at - ? RETURNING reader, article_id");
        params.add(windowMillis);
        Set<String> claimed = new HashSet<>();
        jdbc.query(sql.toString(), rs -> {
            claimed.add(rs.getString(1) + ':' + rs.getLong(2));
        }, params.toArray());
        return chunk.stream().filter(view -> claimed.contains(view.reader() + ':' + view.articleId())).toList();
    }
}
