package news.dateline.imports.internal.jobs;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stories whose links the second pass of a job still has to rewrite (they linked to stories not yet imported).
 * Written in the story's own transaction, so a job stopped at any point and resumed still rewrites them all.
 */
@Repository
public class PendingLinkRepository {

    private final JdbcClient jdbc;

    public PendingLinkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(long jobId, String sourceId) {
        jdbc.sql("DELETE FROM import_pending_links WHERE job_id = ? AND source_id = ?").params(jobId, sourceId).update();
        jdbc.sql("INSERT INTO import_pending_links (job_id, source_id) VALUES (?, ?)").params(jobId, sourceId).update();
    }

    public Set<String> of(long jobId) {
        return new LinkedHashSet<>(jdbc.sql("SELECT source_id FROM import_pending_links WHERE job_id = ? ORDER BY source_id")
                .param(jobId).query(String.class).list());
    }

    public void done(long jobId, String sourceId) {
        jdbc.sql("DELETE FROM import_pending_links WHERE job_id = ? AND source_id = ?").params(jobId, sourceId).update();
    }
}
