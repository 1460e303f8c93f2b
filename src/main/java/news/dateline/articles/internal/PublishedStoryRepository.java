package news.dateline.articles.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import news.dateline.articles.ArchiveSpan;
import news.dateline.articles.PublishedStory;
import news.dateline.platform.Instants;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Public stories for sitemaps, read in keyset-paged batches so any number of them can be streamed with
 * bounded memory and no long-running transaction. Every query applies {@link Visibility#PUBLIC}.
 */
@Repository
public class PublishedStoryRepository {

    private static final String COLUMNS = "SELECT a.id, a.slug, a.section_id, a.headline, a.first_published_at, "
            + "a.last_updated_at, a.language FROM articles a ";

    private final JdbcClient jdbc;

    public PublishedStoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every public story first published in [from, to), oldest first, in batches of {@code batchSize}. */
    public void forEach(Instant from, Instant to, Instant now, int batchSize, Consumer<PublishedStory> sink) {
        Instant afterTime = null;
        long afterId = 0;
        while (true) {
            List<PublishedStory> batch = afterTime == null
                    ? jdbc.sql(COLUMNS + "WHERE " + Visibility.PUBLIC + " AND a.first_published_at >= ? "
                                    + "AND a.first_published_at < ? ORDER BY a.first_published_at, a.id LIMIT ?")
                            .params(Instants.toSql(now), Instants.toSql(from), Instants.toSql(to), batchSize)
                            .query(PublishedStoryRepository::row).list()
                    : jdbc.sql(COLUMNS + "WHERE " + Visibility.PUBLIC + " AND (a.first_published_at > ? "
                                    + "OR (a.first_published_at = ? AND a.id > ?)) "
                                    + "AND a.first_published_at < ? ORDER BY a.first_published_at, a.id LIMIT ?")
                            .params(Instants.toSql(now), Instants.toSql(afterTime), Instants.toSql(afterTime), afterId,
                                    Instants.toSql(to), batchSize)
                            .query(PublishedStoryRepository::row).list();
            batch.forEach(sink);
            if (batch.size() < batchSize) {
                return;
            }
            PublishedStory last = batch.get(batch.size() - 1);
            afterTime = last.firstPublishedAt();
            afterId = last.id();
        }
    }

    /** How many public stories were first published in [from, to), and when. */
    public ArchiveSpan span(Instant from, Instant to, Instant now) {
        return jdbc.sql("SELECT COUNT(*) AS stories, MIN(a.first_published_at) AS first_published, "
                        + "MAX(a.first_published_at) AS last_published, MAX(CASE WHEN a.last_updated_at > a.first_published_at "
                        + "THEN a.last_updated_at ELSE a.first_published_at END) AS last_modified FROM articles a WHERE "
                        + Visibility.PUBLIC + " AND a.first_published_at >= ? AND a.first_published_at < ?")
                .params(Instants.toSql(now), Instants.toSql(from), Instants.toSql(to))
                .query((rs, n) -> new ArchiveSpan(rs.getLong("stories"), Instants.read(rs, "first_published"),
                        Instants.read(rs, "last_published"), Instants.read(rs, "last_modified")))
                .single();
    }

    /** Public stories first published at or after {@code since}, newest first, at most {@code limit}. */
    public List<PublishedStory> since(Instant since, Instant now, int limit) {
        return new ArrayList<>(jdbc.sql(COLUMNS + "WHERE " + Visibility.PUBLIC + " AND a.first_published_at >= ? "
                        + "ORDER BY a.first_published_at DESC, a.id DESC LIMIT ?")
                .params(Instants.toSql(now), Instants.toSql(since), limit)
                .query(PublishedStoryRepository::row).list());
    }

    /**
     * The latest moment anything in the scope changed for readers: a story edited, corrected, withdrawn or
     * (re)published, or a story's publication time arriving. Null when nothing in it was ever published.
     */
    public Instant lastChange(Scope scope, Instant now) {
        if (scope.value() == null) {
            return lastChangeAnywhere(now);
        }
        Instant[] result = jdbc.sql("SELECT MAX(a.modified_at) AS changed, "
                        + "MAX(CASE WHEN a.first_published_at <= ? THEN a.first_published_at END) AS released "
                        + "FROM articles a " + scope.join() + "WHERE a.first_published_at IS NOT NULL" + scope.condition())
                .params(scope.params(Instants.toSql(now)))
                .query((rs, n) -> new Instant[] {Instants.read(rs, "changed"), Instants.read(rs, "released")})
                .single();
        if (result[0] == null) {
            return result[1];
        }
        return result[1] == null || result[0].isAfter(result[1]) ? result[0] : result[1];
    }

    /**
     * {@link #lastChange} for the whole site, from two index lookups instead of a scan: the newest modification of
     * a story that was ever published (read down the modification index until one is found) and the newest
     * publication time that has come.
     */
    private Instant lastChangeAnywhere(Instant now) {
        Instant modified = jdbc.sql("SELECT modified_at FROM articles WHERE first_published_at IS NOT NULL "
                        + "ORDER BY modified_at DESC LIMIT 1")
                .query((rs, n) -> Instants.read(rs, "modified_at")).optional().orElse(null);
        Instant released = jdbc.sql("SELECT MAX(first_published_at) AS released FROM articles "
                        + "WHERE status = 'PUBLISHED' AND first_published_at <= ?")
                .param(Instants.toSql(now)).query((rs, n) -> Instants.read(rs, "released")).list().get(0);
        if (modified == null || released == null) {
            return modified == null ? released : modified;
        }
        return released.isAfter(modified) ? released : modified;
    }

    /** The earliest publication time after {@code after} among published stories (they appear then), or null. */
    public Instant nextAppearance(Instant after) {
        return jdbc.sql("SELECT a.first_published_at FROM articles a WHERE a.status = 'PUBLISHED' "
                        + "AND a.first_published_at > ? ORDER BY a.first_published_at LIMIT 1")
                .param(Instants.toSql(after)).query((rs, n) -> Instants.read(rs, "first_published_at")).optional()
                .orElse(null);
    }

    private static PublishedStory row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new PublishedStory(rs.getLong("id"), rs.getString("slug"), rs.getLong("section_id"),
                rs.getString("headline"), Instants.read(rs, "first_published_at"), Instants.read(rs, "last_updated_at"),
                rs.getString("language"));
    }
}
