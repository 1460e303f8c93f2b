package news.dateline.articles.internal;

import java.time.Instant;
import java.util.List;
import news.dateline.articles.Correction;
import news.dateline.articles.CorrectionKind;
import news.dateline.platform.Instants;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class CorrectionRepository {

    private final JdbcClient jdbc;

    public CorrectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a notice; returns its id. */
    public long insert(long articleId, CorrectionKind kind, String text, Instant now, String by) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO corrections (article_id, kind, text, created_at, created_by) VALUES (?, ?, ?, ?, ?)")
                .params(articleId, kind.name(), text, Instants.toSql(now), by).update(keys, "id");
        return ((Number) keys.getKeyList().get(0).values().iterator().next()).longValue();
    }

    /** Oldest first, as a reader follows them. */
    public List<Correction> list(long articleId) {
        return jdbc.sql("SELECT id, kind, text, created_at, created_by FROM corrections WHERE article_id = ? "
                        + "ORDER BY created_at, id")
                .param(articleId)
                .query((rs, n) -> new Correction(rs.getLong("id"), CorrectionKind.valueOf(rs.getString("kind")),
                        rs.getString("text"), Instants.read(rs, "created_at"), rs.getString("created_by")))
                .list();
    }
}
