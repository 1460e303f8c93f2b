package news.dateline.articles.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.dateline.articles.Article;
import news.dateline.articles.Correction;
import news.dateline.articles.CorrectionKind;
import news.dateline.articles.StoryStream;
import news.dateline.platform.Instants;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The Content API's reads: every story query applies {@link Visibility#PUBLIC}; bylines, tags, corrections batched. */
@Repository
public class StoryStreamRepository {

    private final JdbcClient jdbc;

    public StoryStreamRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Article> page(StoryStream.Filter filter, StoryStream.@Nullable Position after, int limit, Instant now) {
        StringBuilder sql = new StringBuilder(ArticleRows.PUBLIC_COLUMNS).append("WHERE ").append(Visibility.PUBLIC);
        List<Object> params = new ArrayList<>();
        params.add(Instants.toSql(now));
        if (filter.sectionId() != null) {
            sql.append(" AND a.section_id IN (SELECT s.id FROM sections s WHERE ? IN (s.id, s.parent_id))");
            params.add(filter.sectionId());
        }
        if (filter.personId() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM article_bylines b WHERE b.article_id = a.id AND b.person_id = ?)");
            params.add(filter.personId());
        }
        if (filter.tag() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM article_tags t WHERE t.article_id = a.id AND t.tag = ?)");
            params.add(filter.tag());
        }
        if (filter.updatedSince() != null) {
            Object since = Instants.toSql(filter.updatedSince());
            sql.append(" AND (a.first_published_at > ? OR a.last_updated_at > ?)");
            params.add(since);
            params.add(since);
        }
        if (after != null) {
            Object at = Instants.toSql(after.publishedAt());
            sql.append(" AND (a.first_published_at < ? OR (a.first_published_at = ? AND a.id < ?))");
            params.add(at);
            params.add(at);
            params.add(after.id());
        }
        sql.append(" ORDER BY a.first_published_at DESC, a.id DESC LIMIT ?");
        params.add(limit);
        return ArticleRows.hydrate(jdbc, jdbc.sql(sql.toString()).params(params).query(ArticleRows::row).list());
    }

    public Optional<Article> publicById(long id, Instant now) {
        return ArticleRows.hydrate(jdbc, jdbc.sql(ArticleRows.PUBLIC_COLUMNS + "WHERE a.id = ? AND " + Visibility.PUBLIC)
                .params(id, Instants.toSql(now)).query(ArticleRows::row).list()).stream().findFirst();
    }

    public StoryStream.Availability availability(long id, Instant now) {
        return jdbc.sql("SELECT CASE WHEN " + Visibility.PUBLIC + " THEN 'PUBLIC' WHEN a.status = 'KILLED' "
                        + "AND a.first_published_at IS NOT NULL THEN 'GONE' ELSE 'NONE' END FROM articles a WHERE a.id = ?")
                .params(Instants.toSql(now), id).query(String.class).optional()
                .map(StoryStream.Availability::valueOf).orElse(StoryStream.Availability.NONE);
    }

    public Map<Long, List<Correction>> corrections(List<Long> ids) {
        Map<Long, List<Correction>> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT article_id, id, kind, text, created_at, created_by FROM corrections WHERE article_id IN (:ids) "
                        + "ORDER BY article_id, created_at, id")
                .param("ids", ids)
                .query(rs -> {
                    found.computeIfAbsent(rs.getLong("article_id"), k -> new ArrayList<>()).add(new Correction(
                            rs.getLong("id"), CorrectionKind.valueOf(rs.getString("kind")), rs.getString("text"),
                            Instants.read(rs, "created_at"), rs.getString("created_by")));
                });
        return found;
    }

    public List<StoryStream.TagCount> tags(Instant now, int limit) {
        return jdbc.sql("SELECT t.tag, COUNT(*) AS stories FROM article_tags t JOIN articles a ON a.id = t.article_id "
                        + "WHERE " + Visibility.PUBLIC + " GROUP BY t.tag ORDER BY COUNT(*) DESC, t.tag LIMIT ?")
                .params(Instants.toSql(now), limit)
                .query((rs, n) -> new StoryStream.TagCount(rs.getString("tag"), rs.getLong("stories"))).list();
    }
}
