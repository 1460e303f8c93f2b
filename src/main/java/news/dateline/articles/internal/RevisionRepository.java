package news.dateline.articles.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import news.dateline.articles.HeroImage;
import news.dateline.articles.NewArticle;
import news.dateline.articles.Revision;
import news.dateline.platform.Instants;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every save of a story, numbered from 1. */
@Repository
public class RevisionRepository {

    private static final String COLUMNS = "SELECT number, saved_at, saved_by, note, headline, slug, standfirst, body, "
            + "section_id, bylines, tags, hero_image_id, hero_caption, seo_title, seo_description FROM article_revisions ";

    private final JdbcClient jdbc;

    public RevisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records an autosave: it replaces the latest revision when that one is also an autosave by the same person
     * from the last {@code window}, so typing produces one revision per sitting, not one every few seconds.
     */
    public int autosave(long articleId, NewArticle content, String slug, String savedBy, Instant now, java.time.Duration window) {
        var latest = jdbc.sql("SELECT number, saved_by, note, saved_at FROM article_revisions WHERE article_id = ? "
                        + "ORDER BY number DESC LIMIT 1")
                .param(articleId)
                .query((rs, n) -> new Latest(rs.getInt("number"), rs.getString("saved_by"), rs.getString("note"),
                        Instants.read(rs, "saved_at")))
                .optional()
                .filter(l -> AUTOSAVED.equals(l.note()) && savedBy.equals(l.savedBy()) && l.savedAt().plus(window).isAfter(now));
        if (latest.isPresent()) {
            int number = latest.get().number();
            jdbc.sql("DELETE FROM article_revisions WHERE article_id = ? AND number = ?").params(articleId, number).update();
            insert(articleId, number, content, slug, savedBy, AUTOSAVED, now);
            return number;
        }
        return append(articleId, content, slug, savedBy, AUTOSAVED, now);
    }

    public static final String AUTOSAVED = "Autosaved";

    private record Latest(int number, String savedBy, String note, Instant savedAt) {
    }

    public int append(long articleId, NewArticle content, String slug, String savedBy, String note, Instant now) {
        int number = jdbc.sql("SELECT COALESCE(MAX(number), 0) + 1 FROM article_revisions WHERE article_id = ?")
                .param(articleId).query(Integer.class).single();
        insert(articleId, number, content, slug, savedBy, note, now);
        return number;
    }

    private void insert(long articleId, int number, NewArticle content, String slug, String savedBy, String note, Instant now) {
        jdbc.sql("INSERT INTO article_revisions (article_id, number, saved_at, saved_by, note, headline, slug, standfirst, "
                        + "body, section_id, bylines, tags, hero_image_id, hero_caption, seo_title, seo_description) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(articleId, number, Instants.toSql(now), savedBy, note, content.headline(), slug,
                        content.standfirst(), content.body(), content.sectionId(), join(content.bylines()),
                        String.join("\n", content.tags()), content.hero() == null ? null : content.hero().imageId(),
                        content.hero() == null ? null : content.hero().caption(), content.seoTitle(),
                        content.seoDescription())
                .update();
    }

    /** The sections and bylines of the story's newest {@code count} revisions: where it was recently listed. */
    public void recentPlaces(long articleId, int count, java.util.Set<Long> sections, java.util.Set<Long> people) {
        jdbc.sql("SELECT section_id, bylines FROM article_revisions WHERE article_id = ? ORDER BY number DESC LIMIT ?")
                .params(articleId, count).query(rs -> {
                    sections.add(rs.getLong("section_id"));
                    people.addAll(split(rs.getString("bylines")));
                });
    }

    /** Newest first. */
    public List<Revision> list(long articleId) {
        return jdbc.sql(COLUMNS + "WHERE article_id = ? ORDER BY number DESC").param(articleId).query(this::row).list();
    }

    public Optional<Revision> find(long articleId, int number) {
        return jdbc.sql(COLUMNS + "WHERE article_id = ? AND number = ?").params(articleId, number).query(this::row).optional();
    }

    private Revision row(ResultSet rs, int n) throws SQLException {
        Long hero = rs.getObject("hero_image_id") == null ? null : rs.getLong("hero_image_id");
        String tags = rs.getString("tags");
        var content = new NewArticle(rs.getString("headline"), rs.getString("slug"), rs.getString("standfirst"),
                rs.getString("body"), rs.getLong("section_id"), split(rs.getString("bylines")),
                tags.isEmpty() ? List.of() : List.of(tags.split("\n")),
                hero == null ? null : new HeroImage(hero, rs.getString("hero_caption")),
                rs.getString("seo_title"), rs.getString("seo_description"));
        return new Revision(rs.getInt("number"), Instants.read(rs, "saved_at"), rs.getString("saved_by"),
                rs.getString("note"), content);
    }

    private static String join(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    private static List<Long> split(String ids) {
        return ids.isEmpty() ? List.of() : Arrays.stream(ids.split(",")).map(Long::valueOf).toList();
    }
}
