package news.dateline.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import news.dateline.accounts.Account;
import news.dateline.accounts.Accounts;
import news.dateline.accounts.NotPermittedException;
import news.dateline.accounts.Role;
import news.dateline.imports.internal.ImportPlanner;
import news.dateline.imports.internal.ImportRunner;
import news.dateline.imports.internal.jobs.JobRepository;
import news.dateline.imports.internal.jobs.ReportRepository;
import news.dateline.platform.DataDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Imports a newsroom's archive: a dry run first ({@link #plan}), then the import as a background job
 * ({@link #start}) that survives restarts, with its progress ({@link #job}) and its report ({@link #report}).
 * Only admins import (checked here, for the newsroom's requests); the command line acts as the application itself.
 */
@Service
public class ArchiveImports {

    /** The most report lines {@link #report} returns (a job's later lines are still stored). */
    public static final int REPORT_LINES = 5_000;

    private final JobRepository jobs;
    private final ReportRepository reports;
    private final ImportPlanner planner;
    private final ImportRunner runner;
    private final Accounts accounts;
    private final DataDirectory data;

    ArchiveImports(JobRepository jobs, ReportRepository reports, ImportPlanner planner, ImportRunner runner,
                   Accounts accounts, DataDirectory data) {
        this.jobs = jobs;
        this.reports = reports;
        this.planner = planner;
        this.runner = runner;
        this.accounts = accounts;
        this.data = data;
    }

    /**
     * A new, empty folder in the data directory ({@code imports/upload-<random>/}) for the newsroom to store an
     * uploaded export and its media archive in before {@link #plan}ning it.
     */
    public Path uploadFolder() {
        requireAdmin(null);
        try {
            return Files.createDirectories(importsFolder().resolve("upload-" + UUID.randomUUID()));
        } catch (IOException e) {
            throw new UncheckedIOException("The imports folder cannot be written", e);
        }
    }

    /**
     * The dry run: reads the export (and looks through its media) without importing anything, and stores the job
     * with what it found. An export that cannot be read gives a FAILED job whose message says why.
     *
     * @throws ImportException when the request itself is wrong (unknown platform, no such file)
     * @throws NotPermittedException when the newsroom account asking is not an admin
     */
    public ImportJob plan(ImportRequest request) {
        requireAdmin(request.requestedBy());
        if (request.requestedBy() != null) {
            requireInside(request.export());
            if (request.media() != null) {
                requireInside(request.media());
            }
        }
        long id = planner.plan(request);
        return require(id);
    }

    /** Starts (or resumes) a planned or interrupted job in the background; a running or finished one is left as is. */
    public ImportJob start(long jobId) {
        requireAdmin(null);
        require(jobId);
        if (jobs.queue(jobId)) {
            runner.wake();
        }
        return require(jobId);
    }

    public Optional<ImportJob> job(long jobId) {
        requireAdmin(null);
        return jobs.find(jobId).map(JobRepository.StoredJob::job);
    }

    /** The latest jobs, newest first. */
    public List<ImportJob> recent(int limit) {
        requireAdmin(null);
        return jobs.recent(Math.max(1, Math.min(limit, 200)));
    }

    /** What the job said so far: its dry run's findings, then item by item (at most {@link #REPORT_LINES} lines). */
    public ImportReport report(long jobId) {
        requireAdmin(null);
        return new ImportReport(require(jobId), reports.lines(jobId, REPORT_LINES));
    }

    private ImportJob require(long id) {
        return jobs.find(id).map(JobRepository.StoredJob::job)
                .orElseThrow(() -> new NoSuchElementException("No import job " + id));
    }

    /** Admins only: the account named in a request, and whoever is signed in to the newsroom on this request. */
    private void requireAdmin(@Nullable Account requestedBy) {
        Optional<Account> asking = requestedBy != null ? Optional.of(requestedBy) : accounts.signedIn();
        asking.ifPresent(account -> {
            if (account.role() != Role.ADMIN || !account.active()) {
                throw new NotPermittedException("Only admins import archives");
            }
        });
    }

    private Path importsFolder() {
        return data.resolve("imports").toAbsolutePath().normalize();
    }

    private void requireInside(Path file) {
        if (!file.toAbsolutePath().normalize().startsWith(importsFolder())) {
            throw new ImportException("Upload the export first: it must lie in the imports folder");
        }
    }
}
