package news.dateline.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import news.dateline.accounts.Accounts;
import news.dateline.accounts.NotPermittedException;
import news.dateline.platform.DataDirectory;
import org.springframework.stereotype.Service;

/**
 * PLACEHOLDER until branch i15-engine lands (its facade replaces this file on merge): the shape the newsroom import
 * screen codes against. Plans nothing and "runs" at once.
 */
@Service
public class ArchiveImports {

    private final DataDirectory data;
    private final Accounts accounts;
    private final Clock clock;
    private final Map<Long, ImportJob> jobs = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    ArchiveImports(DataDirectory data, Accounts accounts, Clock clock) {
        this.data = data;
        this.accounts = accounts;
        this.clock = clock;
    }

    public Path uploadFolder() {
        check();
        try {
            return Files.createDirectories(data.resolve("imports").resolve("upload-" + UUID.randomUUID()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ImportJob plan(ImportRequest request) {
        check();
        long id = ids.incrementAndGet();
        var job = new ImportJob(id, request.platform(), ImportJob.State.PLANNED, request.export().getFileName().toString(),
                ImportCounts.NONE, ImportCounts.NONE, "", clock.instant(), null, null, "");
        jobs.put(id, job);
        return job;
    }

    public ImportJob start(long jobId) {
        check();
        var j = jobs.get(jobId);
        var done = new ImportJob(j.id(), j.platform(), ImportJob.State.DONE, j.exportName(), j.planned(), j.planned(), "",
                j.createdAt(), clock.instant(), clock.instant(), "Imported.");
        jobs.put(jobId, done);
        return done;
    }

    public Optional<ImportJob> job(long jobId) {
        check();
        return Optional.ofNullable(jobs.get(jobId));
    }

    public List<ImportJob> recent(int limit) {
        check();
        return new ArrayList<>(jobs.values()).reversed().stream().limit(limit).toList();
    }

    public ImportReport report(long jobId) {
        check();
        return new ImportReport(jobs.get(jobId), List.of());
    }

    private void check() {
        if (!accounts.requireSignedIn().role().mayAdminister()) {
            throw new NotPermittedException("Only admins may import");
        }
    }
}
