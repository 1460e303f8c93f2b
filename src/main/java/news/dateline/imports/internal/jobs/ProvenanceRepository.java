package news.dateline.imports.internal.jobs;

import java.time.Instant;
import java.util.Optional;
import news.dateline.platform.Instants;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Where each imported item came from: (platform, site, kind, source id) → what it became in Dateline, a hash of
 * what was imported and, for stories, the story's version right after the import (a later version means someone
 * edited it in Dateline since).
 */
@Repository
public class ProvenanceRepository {

    private final JdbcClient jdbc;

    public ProvenanceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Source(String platform, String site, String kind, String sourceId) {
    }

    public record Provenance(String targetKind, long targetId, String hash, int version, long jobId) {
    }

    public Optional<Provenance> find(Source source) {
        return jdbc.sql("SELECT target_kind, target_id, content_hash, version, job_id FROM import_provenance "
                        + "WHERE platform = ? AND source_site = ? AND source_kind = ? AND source_id = ?")
                .params(source.platform(), source.site(), source.kind(), source.sourceId())
                .query((rs, row) -> new Provenance(rs.getString("target_kind"), rs.getLong("target_id"),
                        rs.getString("content_hash"), rs.getInt("version"), rs.getLong("job_id")))
                .optional();
    }

    /** Records (or replaces) where {@code source} went. */
    public void record(Source source, String targetKind, long targetId, String hash, int version, long jobId,
                       Instant now) {
        int updated = jdbc.sql("UPDATE import_provenance SET target_kind = ?, target_id = ?, content_hash = ?, "
                        + "version = ?, job_id = ?, imported_at = ? "
                        + "WHERE platform = ? AND source_site = ? AND source_kind = ? AND source_id = ?")
                .params(targetKind, targetId, hash, version, jobId, Instants.toSql(now), source.platform(),
                        source.site(), source.kind(), source.sourceId())
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO import_provenance (platform, source_site, source_kind, source_id, target_kind, "
                            + "target_id, content_hash, version, job_id, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(source.platform(), source.site(), source.kind(), source.sourceId(), targetKind, targetId,
                            hash, version, jobId, Instants.toSql(now))
                    .update();
        }
    }

    public int count(long jobId) {
        return jdbc.sql("SELECT COUNT(*) FROM import_provenance WHERE job_id = ?").param(jobId).query(Integer.class)
                .single();
    }
}
