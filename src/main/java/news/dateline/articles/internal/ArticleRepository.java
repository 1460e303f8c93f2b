package news.dateline.articles.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.dateline.articles.Article;
import news.dateline.articles.ArticleBody;
import news.dateline.articles.ArticleStatus;
import news.dateline.articles.HeroImage;
import news.dateline.articles.NewArticle;
import news.dateline.platform.Instants;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Stories, their bylines and tags. */
@Repository
public class ArticleRepository {

    private static final String COLUMNS = "SELECT a.id, a.slug, a.headline, a.standfirst, a.body, a.section_id, "
            + "a.hero_image_id, a.hero_caption, a.status, a.first_published_at, a.last_updated_at, a.created_at, "
            + "a.modified_at, a.version FROM articles a ";

    private final JdbcClient jdbc;

    public ArticleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(NewArticle story, String slug, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO articles (slug, headline, standfirst, body, section_id, hero_image_id, hero_caption, "
                        + "status, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(slug, story.headline(), story.standfirst(), story.body(), story.sectionId(),
                        story.hero() == null ? null : story.hero().imageId(),
                        story.hero() == null ? null : story.hero().caption(),
                        ArticleStatus.DRAFT.name(), Instants.toSql(now), Instants.toSql(now))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (int i = 0; i < story.bylines().size(); i++) {
            jdbc.sql("INSERT INTO article_bylines (article_id, position, person_id) VALUES (?, ?, ?)")
                    .params(id, i, story.bylines().get(i)).update();
        }
        for (int i = 0; i < story.tags().size(); i++) {
            jdbc.sql("INSERT INTO article_tags (article_id, position, tag) VALUES (?, ?, ?)")
                    .params(id, i, story.tags().get(i)).update();
        }
        return id;
    }

    public boolean slugTaken(String slug) {
        return jdbc.sql("SELECT COUNT(*) FROM articles WHERE slug = ?").param(slug).query(Long.class).single() > 0;
    }

    /** Marks published; keeps an earlier first-publication time. Returns false when nothing changed. */
    public boolean publish(long id, Instant firstPublishedAt, Instant now) {
        return jdbc.sql("UPDATE articles SET status = 'PUBLISHED', "
                        + "first_published_at = COALESCE(first_published_at, ?), modified_at = ?, version = version + 1 "
                        + "WHERE id = ?")
                .params(Instants.toSql(firstPublishedAt), Instants.toSql(now), id)
                .update() == 1;
    }

    public void markUpdated(long id, Instant updatedAt) {
        jdbc.sql("UPDATE articles SET last_updated_at = ?, modified_at = ?, version = version + 1 WHERE id = ?")
                .params(Instants.toSql(updatedAt), Instants.toSql(updatedAt), id).update();
    }

    public Optional<Article> findById(long id) {
        return hydrate(jdbc.sql(COLUMNS + "WHERE a.id = ?").param(id).query(this::row).list()).stream().findFirst();
    }

    public Optional<Article> findPublishedBySlug(String slug, Instant now) {
        return hydrate(jdbc.sql(COLUMNS + "WHERE a.slug = ? AND " + Visibility.PUBLIC)
                .params(slug, Instants.toSql(now)).query(this::row).list()).stream().findFirst();
    }

    public List<Article> findPublished(Scope scope, Instant now, int limit, int offset) {
        return hydrate(jdbc.sql(COLUMNS + scope.join() + "WHERE " + Visibility.PUBLIC + scope.condition()
                        + " ORDER BY a.first_published_at DESC, a.id DESC LIMIT ? OFFSET ?")
                .params(scope.params(Instants.toSql(now), limit, offset))
                .query(this::row).list());
    }

    public long countPublished(Scope scope, Instant now) {
        return jdbc.sql("SELECT COUNT(*) FROM articles a " + scope.join() + "WHERE " + Visibility.PUBLIC + scope.condition())
                .params(scope.params(Instants.toSql(now)))
                .query(Long.class).single();
    }

    private List<Article> hydrate(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(Row::id).toList();
        Map<Long, List<Long>> bylines = new HashMap<>();
        jdbc.sql("SELECT article_id, person_id FROM article_bylines WHERE article_id IN (:ids) ORDER BY article_id, position")
                .param("ids", ids)
                .query(rs -> {
                    bylines.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        Map<Long, List<String>> tags = new HashMap<>();
        jdbc.sql("SELECT article_id, tag FROM article_tags WHERE article_id IN (:ids) ORDER BY article_id, position")
                .param("ids", ids)
                .query(rs -> {
                    tags.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return rows.stream().map(r -> r.toArticle(bylines.getOrDefault(r.id(), List.of()),
                tags.getOrDefault(r.id(), List.of()))).toList();
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        Long heroId = rs.getObject("hero_image_id") == null ? null : rs.getLong("hero_image_id");
        return new Row(rs.getLong("id"), rs.getString("slug"), rs.getString("headline"), rs.getString("standfirst"),
                rs.getString("body"), rs.getLong("section_id"),
                heroId == null ? null : new HeroImage(heroId, rs.getString("hero_caption")),
                ArticleStatus.valueOf(rs.getString("status")), Instants.read(rs, "first_published_at"),
                Instants.read(rs, "last_updated_at"), Instants.read(rs, "created_at"),
                Instants.read(rs, "modified_at"), rs.getInt("version"));
    }

    private record Row(long id, String slug, String headline, String standfirst, String body, long sectionId,
                       HeroImage hero, ArticleStatus status, Instant firstPublishedAt, Instant lastUpdatedAt,
                       Instant createdAt, Instant modifiedAt, int version) {

        Article toArticle(List<Long> bylines, List<String> tags) {
            return new Article(id, slug, headline, standfirst, new ArticleBody(body), sectionId, bylines, tags, hero,
                    status, firstPublishedAt, lastUpdatedAt, createdAt, modifiedAt, version);
        }
    }
}
