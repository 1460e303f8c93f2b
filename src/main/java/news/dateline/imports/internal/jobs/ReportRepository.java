package news.dateline.imports.internal.jobs;

import java.util.List;
import news.dateline.imports.ImportReport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The lines of import reports, in the order they were said. */
@Repository
public class ReportRepository {

    private final JdbcClient jdbc;

    public ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(long jobId, ImportReport.Level level, String item, String message) {
        jdbc.sql("INSERT INTO import_report_lines (job_id, level, item, message) VALUES (?, ?, ?, ?)")
                .params(jobId, level.name(), JobRepository.cut(item, 300), JobRepository.cut(message, 2000)).update();
    }

    /**
     * Adds the line unless the job already said something at this level about {@code item}: the dry run and the
     * import (and a resumed import) each meet the same skipped item, and the report names it once.
     */
    public void once(long jobId, ImportReport.Level level, String item, String message) {
        boolean said = jdbc.sql("SELECT COUNT(*) FROM import_report_lines WHERE job_id = ? AND level = ? AND item = ?")
                .params(jobId, level.name(), JobRepository.cut(item, 300)).query(Long.class).single() > 0;
        if (!said) {
            add(jobId, level, item, message);
        }
    }

    public List<ImportReport.Line> lines(long jobId, int limit) {
        return jdbc.sql("SELECT level, item, message FROM import_report_lines WHERE job_id = ? ORDER BY id LIMIT ?")
                .params(jobId, limit)
                .query((rs, row) -> new ImportReport.Line(ImportReport.Level.valueOf(rs.getString("level")),
                        rs.getString("item"), rs.getString("message")))
                .list();
    }

    /** Drops what an earlier run of the job said about {@code item} (a resumed run says it again). */
    public void forget(long jobId, String item) {
        jdbc.sql("DELETE FROM import_report_lines WHERE job_id = ? AND item = ?").params(jobId, item).update();
    }
}
