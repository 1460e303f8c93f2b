package news.dateline.articles.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.dateline.articles.Article;
import news.dateline.articles.ArticleBody;
import news.dateline.articles.ArticleStatus;
import news.dateline.articles.HeroImage;
import news.dateline.platform.Instants;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads story rows and completes them with their bylines and tags, one batch query each. Public reads leave out
 * what readers never see (the CommonMark text of a rendered body; the whole body on cards): see {@link ArticleBody}.
 */
final class ArticleRows {

    private static final String OTHER_COLUMNS = "a.id, a.slug, a.headline, a.standfirst, a.section_id, "
            + "a.hero_image_id, a.hero_caption, a.status, a.first_published_at, a.last_updated_at, a.created_at, "
            + "a.modified_at, a.version, a.release_at, a.seo_title, a.seo_description, a.owner_account_id, a.language FROM articles a ";

    /** Every column: what the newsroom edits. */
    static final String COLUMNS = "SELECT a.body, a.body_html, " + OTHER_COLUMNS;

    /** What readers see: the rendered body, and the CommonMark text only where no rendering was stored yet. */
    static final String PUBLIC_COLUMNS = "SELECT CASE WHEN a.body_html IS NULL THEN a.body END AS body, a.body_html, "
            + OTHER_COLUMNS;

    /** What a story card shows: no body at all. */
    static final String CARD_COLUMNS = "SELECT NULL AS body, NULL AS body_html, " + OTHER_COLUMNS;

    private ArticleRows() {
    }

    static List<Article> hydrate(JdbcClient jdbc, List<Row> rows) {
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

    static Row row(ResultSet rs, int n) throws SQLException {
        Long heroId = rs.getObject("hero_image_id") == null ? null : rs.getLong("hero_image_id");
        return new Row(rs.getLong("id"), rs.getString("slug"), rs.getString("headline"), rs.getString("standfirst"),
                rs.getString("body"), rs.getString("body_html"), rs.getLong("section_id"),
                heroId == null ? null : new HeroImage(heroId, rs.getString("hero_caption")),
                ArticleStatus.valueOf(rs.getString("status")), Instants.read(rs, "first_published_at"),
                Instants.read(rs, "last_updated_at"), Instants.read(rs, "created_at"),
                Instants.read(rs, "modified_at"), rs.getInt("version"), Instants.read(rs, "release_at"),
                rs.getString("seo_title"), rs.getString("seo_description"),
                rs.getObject("owner_account_id") == null ? null : rs.getLong("owner_account_id"), rs.getString("language"));
    }

    record Row(long id, String slug, String headline, String standfirst, String body, String bodyHtml, long sectionId,
               HeroImage hero, ArticleStatus status, Instant firstPublishedAt, Instant lastUpdatedAt,
               Instant createdAt, Instant modifiedAt, int version, Instant releaseAt, String seoTitle,
               String seoDescription, Long ownerAccountId, String language) {

        Article toArticle(List<Long> bylines, List<String> tags) {
            return new Article(id, slug, headline, standfirst, new ArticleBody(body, bodyHtml), sectionId, bylines, tags, hero,
                    status, firstPublishedAt, lastUpdatedAt, createdAt, modifiedAt, version, releaseAt, seoTitle,
                    seoDescription, ownerAccountId, language);
        }
    }
}
