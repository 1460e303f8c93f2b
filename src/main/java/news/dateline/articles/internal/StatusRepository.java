package news.dateline.articles.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import news.dateline.articles.ArticleStatus;
import news.dateline.platform.Instants;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Moves stories between states. Every change is one conditional UPDATE naming the states it may start
 * from, so two nodes (or two editors) can never both make the same move: exactly one of them changes the row.
 */
@Repository
public class StatusRepository {

    private final JdbcClient jdbc;

    public StatusRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Moves to {@code to} if the story is in one of {@code from}; true when this call made the move. */
    public boolean move(long id, Collection<ArticleStatus> from, ArticleStatus to, Instant releaseAt, Instant now) {
        return jdbc.sql("UPDATE articles SET status = :to, release_at = :release, modified_at = :now, version = version + 1 "
                        + "WHERE id = :id AND status IN (:from)")
                .param("to", to.name())
                .param("release", Instants.toSql(releaseAt))
                .param("now", Instants.toSql(now))
                .param("id", id)
                .param("from", from.stream().map(Enum::name).toList())
                .update() == 1;
    }

    /** Publishes if in one of {@code from}; keeps an earlier first publication time. */
    public boolean publish(long id, Collection<ArticleStatus> from, Instant firstPublishedAt, Instant now) {
        return jdbc.sql("UPDATE articles SET status = 'PUBLISHED', release_at = NULL, "
                        + "first_published_at = COALESCE(first_published_at, :first), modified_at = :now, "
                        + "version = version + 1 WHERE id = :id AND status IN (:from)")
                .param("first", Instants.toSql(firstPublishedAt))
                .param("now", Instants.toSql(now))
                .param("id", id)
                .param("from", from.stream().map(Enum::name).toList())
                .update() == 1;
    }

    /** Scheduled or embargoed stories whose release time has come. */
    public List<Long> due(Instant now) {
        return jdbc.sql("SELECT id FROM articles WHERE status IN ('SCHEDULED', 'EMBARGOED') AND release_at <= ? ORDER BY release_at")
                .param(Instants.toSql(now)).query(Long.class).list();
    }

    /**
     * Releases one due story: published at its release time (not later, even when the app was down then).
     * True only for the one caller that made the change.
     */
    public boolean release(long id, Instant now) {
        return jdbc.sql("UPDATE articles SET status = 'PUBLISHED', "
                        + "first_published_at = COALESCE(first_published_at, release_at), release_at = NULL, "
                        + "modified_at = ?, version = version + 1 "
                        + "WHERE id = ? AND status IN ('SCHEDULED', 'EMBARGOED') AND release_at <= ?")
                .params(Instants.toSql(now), id, Instants.toSql(now)).update() == 1;
    }
}
