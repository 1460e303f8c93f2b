package news.dateline.articles.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored renderings that may predate embed cards (ADR 0020): those with a top-level paragraph that starts with an
 * address, as text or as a link ({@code <p>https://…} or {@code <p><a href="http…}). A card starts with
 * {@code <figure}, so once re-rendered a body only matches again for a paragraph that is no embed (rendered again
 * each start, found unchanged, left alone): few rows, and no render version to keep.
 */
@Repository
public class EmbedRenderings {

    private final JdbcClient jdbc;

    public EmbedRenderings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A story's CommonMark body and its stored rendering. */
    public record Stored(long id, String body, String html) {
    }

    /** Up to {@code limit} stories after {@code afterId} whose stored rendering has a paragraph opening on an address. */
    public List<Stored> candidates(long afterId, int limit) {
        List<Stored> rows = new ArrayList<>();
        jdbc.sql("SELECT id, body, body_html FROM articles WHERE id > ? AND body_html IS NOT NULL "
                        + "AND (body_html LIKE '%<p>http%' OR body_html LIKE '%<p><a href=\"http%') ORDER BY id LIMIT ?")
                .params(afterId, limit)
                .query(rs -> {
                    rows.add(new Stored(rs.getLong(1), rs.getString(2), rs.getString(3)));
                });
        return rows;
    }

    /** Stores a new rendering, unless the story was saved meanwhile (that save rendered it already). */
    public void replace(Stored stored, String html) {
        jdbc.sql("UPDATE articles SET body_html = ? WHERE id = ? AND body = ? AND body_html = ?")
                .params(html, stored.id(), stored.body(), stored.html()).update();
    }
}
