package news.dateline.articles.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import news.dateline.articles.Article;
import news.dateline.articles.ArticleStatus;
import news.dateline.articles.NewArticle;
import news.dateline.platform.Instants;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Stories: their content, bylines and tags, and the public lookups. */
@Repository
public class ArticleRepository {

    private final JdbcClient jdbc;

    public ArticleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(NewArticle story, String slug, Long ownerAccountId, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO articles (slug, headline, standfirst, body, body_html, section_id, hero_image_id, "
                        + "hero_caption, status, created_at, modified_at, seo_title, seo_description, owner_account_id, "
                        + "language) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(slug, story.headline(), story.standfirst(), story.body(), BodyRenderer.render(story.body()),
                        story.sectionId(),
                        story.hero() == null ? null : story.hero().imageId(),
                        story.hero() == null ? null : story.hero().caption(),
                        ArticleStatus.DRAFT.name(), Instants.toSql(now), Instants.toSql(now), story.seoTitle(),
                        story.seoDescription(), ownerAccountId, story.language())
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        writeLists(id, story);
        return id;
    }

    /**
     * Replaces a story's content if it is still at {@code expectedVersion}; false when someone else saved first.
     * A substantive change to a published story moves its "Updated On" time.
     */
    public boolean update(long id, int expectedVersion, NewArticle story, String slug, Instant now, boolean substantive) {
        int changed = jdbc.sql("UPDATE articles SET slug = ?, headline = ?, standfirst = ?, body = ?, body_html = ?, "
                        + "section_id = ?, "
                        + "hero_image_id = ?, hero_caption = ?, seo_title = ?, seo_description = ?, modified_at = ?, "
                        + "language = CASE WHEN ? = '' THEN language ELSE ? END, "
                        + "last_updated_at = CASE WHEN ? AND first_published_at IS NOT NULL THEN ? ELSE last_updated_at END, "
                        + "version = version + 1 WHERE id = ? AND version = ?")
                .params(slug, story.headline(), story.standfirst(), story.body(), BodyRenderer.render(story.body()),
                        story.sectionId(), story.hero() == null ? null : story.hero().imageId(),
                        story.hero() == null ? null : story.hero().caption(), story.seoTitle(), story.seoDescription(),
                        Instants.toSql(now), story.language(), story.language(), substantive, Instants.toSql(now), id, expectedVersion)
                .update();
        if (changed == 1) {
            jdbc.sql("DELETE FROM article_bylines WHERE article_id = ?").param(id).update();
            jdbc.sql("DELETE FROM article_tags WHERE article_id = ?").param(id).update();
            writeLists(id, story);
        }
        return changed == 1;
    }

    private void writeLists(long id, NewArticle story) {
        for (int i = 0; i < story.bylines().size(); i++) {
            jdbc.sql("INSERT INTO article_bylines (article_id, position, person_id) VALUES (?, ?, ?)")
                    .params(id, i, story.bylines().get(i)).update();
        }
        for (int i = 0; i < story.tags().size(); i++) {
            jdbc.sql("INSERT INTO article_tags (article_id, position, tag) VALUES (?, ?, ?)")
                    .params(id, i, story.tags().get(i)).update();
        }
    }

    public boolean slugTaken(String slug, long exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM articles WHERE slug = ? AND id <> ?").params(slug, exceptId)
                .query(Long.class).single() > 0;
    }

    /** Whether the story at {@code slug} was published once and has been killed since. */
    public boolean killedAfterPublication(String slug) {
        return jdbc.sql("SELECT COUNT(*) FROM articles WHERE slug = ? AND status = ? AND first_published_at IS NOT NULL")
                .params(slug, ArticleStatus.KILLED.name()).query(Long.class).single() > 0;
    }

    /** Records a correction or substantive update after publication. */
    public void markUpdated(long id, Instant updatedAt) {
        jdbc.sql("UPDATE articles SET last_updated_at = ?, modified_at = ?, version = version + 1 WHERE id = ?")
                .params(Instants.toSql(updatedAt), Instants.toSql(updatedAt), id).update();
    }

    /** Up to {@code limit} stories (any state) with ids above {@code afterId}, in id order. */
    public List<Article> findAfter(long afterId, int limit) {
        return ArticleRows.hydrate(jdbc, jdbc.sql(ArticleRows.COLUMNS + "WHERE a.id > ? ORDER BY a.id LIMIT ?")
                .params(afterId, limit).query(ArticleRows::row).list());
    }

    public long countAll() {
        return jdbc.sql("SELECT COUNT(*) FROM articles").query(Long.class).single();
    }

    /** Up to {@code limit} stories after {@code afterId} whose body has not been rendered yet: id and CommonMark. */
    public java.util.Map<Long, String> unrenderedBodies(long afterId, int limit) {
        java.util.Map<Long, String> bodies = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT id, body FROM articles WHERE body_html IS NULL AND id > ? ORDER BY id LIMIT ?")
                .params(afterId, limit)
                .query(rs -> {
                    bodies.put(rs.getLong(1), rs.getString(2));
                });
        return bodies;
    }

    /** Stores a body's rendering, unless the body was changed meanwhile (that save rendered it already). */
    public void storeRendered(long id, String body, String html) {
        jdbc.sql("UPDATE articles SET body_html = ? WHERE id = ? AND body = ? AND body_html IS NULL")
                .params(html, id, body).update();
    }

    /** Stories that show the image: as their hero, or inline in the body through its media address. */
    public List<Article> findUsingImage(long imageId, String storageKey) {
        return ArticleRows.hydrate(jdbc, jdbc.sql(ArticleRows.COLUMNS + "WHERE a.hero_image_id = ? OR a.body LIKE ? ORDER BY a.id")
                .params(imageId, "%/media/" + storageKey + "/%").query(ArticleRows::row).list());
    }

    public Optional<Article> findById(long id) {
        return one(jdbc.sql(ArticleRows.COLUMNS + "WHERE a.id = ?").param(id).query(ArticleRows::row).list());
    }

    /** The stories among {@code ids} (any state), in no particular order. */
    public List<Article> findByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : ArticleRows.hydrate(jdbc, jdbc.sql(ArticleRows.COLUMNS + "WHERE a.id IN (:ids)")
                .param("ids", ids).query(ArticleRows::row).list());
    }

    /** The stories among {@code ids} that readers may see now, in no particular order. */
    public List<Article> findPublishedAmong(Collection<Long> ids, Instant now) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(ids);
        params.add(Instants.toSql(now));
        return ArticleRows.hydrate(jdbc, jdbc.sql(ArticleRows.PUBLIC_COLUMNS + "WHERE a.id IN ("
                        + String.join(", ", Collections.nCopies(ids.size(), "?")) + ") AND " + Visibility.PUBLIC)
                .params(params).query(ArticleRows::row).list());
    }

    public Optional<Article> findPublishedBySlug(String slug, Instant now) {
        return one(jdbc.sql(ArticleRows.PUBLIC_COLUMNS + "WHERE a.slug = ? AND " + Visibility.PUBLIC)
                .params(slug, Instants.toSql(now)).query(ArticleRows::row).list());
    }

    public List<Article> findPublished(Scope scope, Instant now, int limit, int offset) {
        return findPublished(ArticleRows.PUBLIC_COLUMNS, scope, now, limit, offset);
    }

    /** The newest public stories of the scope as cards show them: without their bodies. */
    public List<Article> findPublishedCards(Scope scope, Instant now, int limit) {
        return findPublished(ArticleRows.CARD_COLUMNS, scope, now, limit, 0);
    }

    private List<Article> findPublished(String columns, Scope scope, Instant now, int limit, int offset) {
        return ArticleRows.hydrate(jdbc, jdbc.sql(columns + scope.join() + "WHERE " + Visibility.PUBLIC
                        + scope.condition() + " ORDER BY a.first_published_at DESC, a.id DESC LIMIT ? OFFSET ?")
                .params(scope.params(Instants.toSql(now), limit, offset))
                .query(ArticleRows::row).list());
    }

    public long countPublished(Scope scope, Instant now) {
        return jdbc.sql("SELECT COUNT(*) FROM articles a " + scope.join() + "WHERE " + Visibility.PUBLIC + scope.condition())
                .params(scope.params(Instants.toSql(now)))
                .query(Long.class).single();
    }

    private Optional<Article> one(List<ArticleRows.Row> rows) {
        return ArticleRows.hydrate(jdbc, rows).stream().findFirst();
    }
}
