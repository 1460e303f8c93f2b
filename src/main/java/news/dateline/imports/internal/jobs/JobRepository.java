package news.dateline.imports.internal.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.dateline.imports.ImportCounts;
import news.dateline.imports.ImportJob;
import news.dateline.platform.Instants;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Import jobs. A job is run by one runner at a time, even with several nodes: {@link #claim} is one conditional
 * UPDATE, and a runner that stops beating its heart for a while loses its claim to the next.
 */
@Repository
public class JobRepository {

    private static final String COLUMNS = "SELECT id, platform, state, export_path, media_path, site_url, requested_by, "
            + "planned, done, current_item, message, created_at, started_at, finished_at FROM import_jobs ";

    private final JdbcClient jdbc;

    public JobRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A job as stored, with what the runner needs to read its export again. */
    public record StoredJob(ImportJob job, String exportPath, String mediaPath, String siteUrl, String requestedBy) {
    }

    public long insert(String platform, String exportPath, String mediaPath, String siteUrl, String requestedBy,
                       ImportCounts planned, Instant now) {
        jdbc.sql("INSERT INTO import_jobs (platform, state, export_path, media_path, site_url, requested_by, planned, "
                        + "done, created_at) VALUES (?, 'PLANNED', ?, ?, ?, ?, ?, ?, ?)")
                .params(platform, exportPath, mediaPath, siteUrl, requestedBy, write(planned), write(ImportCounts.NONE),
                        Instants.toSql(now))
                .update();
        return jdbc.sql("SELECT MAX(id) FROM import_jobs WHERE export_path = ?").param(exportPath).query(Long.class).single();
    }

    /** Stores what the dry run found. */
    public void planned(long id, ImportCounts planned) {
        jdbc.sql("UPDATE import_jobs SET planned = ? WHERE id = ?").params(write(planned), id).update();
    }

    /** A job whose export cannot be read: failed for good, with the reason. */
    public void fail(long id, String message, Instant now) {
        jdbc.sql("UPDATE import_jobs SET state = 'FAILED', runner = '', message = ?, finished_at = ? WHERE id = ?")
                .params(cut(message, 1000), Instants.toSql(now), id).update();
    }

    public Optional<StoredJob> find(long id) {
        return jdbc.sql(COLUMNS + "WHERE id = ?").param(id).query(this::map).optional();
    }

    public List<ImportJob> recent(int limit) {
        return jdbc.sql(COLUMNS + "ORDER BY id DESC LIMIT ?").param(limit).query(this::map).list()
                .stream().map(StoredJob::job).toList();
    }

    /** Queues a planned or interrupted job for a runner; true when this call did. */
    public boolean queue(long id) {
        return jdbc.sql("UPDATE import_jobs SET state = 'RUNNING', runner = '', message = '' "
                + "WHERE id = ? AND state IN ('PLANNED', 'INTERRUPTED')").param(id).update() == 1;
    }

    /** Jobs waiting for a runner: queued, or running under a runner whose heartbeat is older than {@code stale}. */
    public List<Long> claimable(Instant stale) {
        return jdbc.sql("SELECT id FROM import_jobs WHERE state = 'RUNNING' AND (runner = '' OR heartbeat_at IS NULL "
                + "OR heartbeat_at < ?) ORDER BY id").param(Instants.toSql(stale)).query(Long.class).list();
    }

    /** Takes a job for {@code runner}; true for exactly one caller. */
    public boolean claim(long id, String runner, Instant stale, Instant now) {
        return jdbc.sql("UPDATE import_jobs SET runner = ?, heartbeat_at = ?, started_at = COALESCE(started_at, ?) "
                        + "WHERE id = ? AND state = 'RUNNING' AND (runner = '' OR heartbeat_at IS NULL OR heartbeat_at < ?)")
                .params(runner, Instants.toSql(now), Instants.toSql(now), id, Instants.toSql(stale)).update() == 1;
    }

    /** Records progress; false when the job is no longer this runner's (then it must stop). */
    public boolean progress(long id, String runner, ImportCounts done, String currentItem, Instant now) {
        return jdbc.sql("UPDATE import_jobs SET done = ?, current_item = ?, heartbeat_at = ? "
                        + "WHERE id = ? AND runner = ? AND state = 'RUNNING'")
                .params(write(done), cut(currentItem, 300), Instants.toSql(now), id, runner).update() == 1;
    }

    /** Ends a run: DONE or FAILED (finished), or INTERRUPTED (to resume). */
    public void end(long id, String runner, ImportJob.State state, String message, Instant now) {
        jdbc.sql("UPDATE import_jobs SET state = ?, runner = '', current_item = '', message = ?, finished_at = ? "
                        + "WHERE id = ? AND runner = ?")
                .params(state.name(), cut(message, 1000), state.finished() ? Instants.toSql(now) : null, id, runner)
                .update();
    }

    /** Jobs left running by runners of this node ({@code runnerPrefix}) that stopped without saying so. */
    public int interruptLeftBy(String runnerPrefix) {
        return jdbc.sql("UPDATE import_jobs SET state = 'INTERRUPTED', runner = '' WHERE state = 'RUNNING' "
                + "AND runner LIKE ?").param(runnerPrefix + "%").update();
    }

    public List<Long> interrupted() {
        return jdbc.sql("SELECT id FROM import_jobs WHERE state = 'INTERRUPTED' ORDER BY id").query(Long.class).list();
    }

    private StoredJob map(ResultSet rs, int row) throws SQLException {
        ImportJob job = new ImportJob(rs.getLong("id"), rs.getString("platform"),
                ImportJob.State.valueOf(rs.getString("state")), fileName(rs.getString("export_path")),
                read(rs.getString("planned")), read(rs.getString("done")), rs.getString("current_item"),
                Instants.read(rs, "created_at"), Instants.read(rs, "started_at"), Instants.read(rs, "finished_at"),
                rs.getString("message"));
        return new StoredJob(job, rs.getString("export_path"), rs.getString("media_path"), rs.getString("site_url"),
                rs.getString("requested_by"));
    }

    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return slash < 0 ? path : path.substring(slash + 1);
    }

    static String write(ImportCounts counts) {
        StringBuilder out = new StringBuilder();
        counts.asMap().forEach((k, v) -> out.append(out.isEmpty() ? "" : ";").append(k).append('=').append(v));
        return out.toString();
    }

    static ImportCounts read(@Nullable String text) {
        Map<String, Integer> map = new LinkedHashMap<>();
        if (text != null) {
            for (String pair : text.split(";")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && pair.substring(eq + 1).matches("[0-9]{1,9}")) {
                    map.put(pair.substring(0, eq), Integer.parseInt(pair.substring(eq + 1)));
                }
            }
        }
        return ImportCounts.fromMap(map);
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
