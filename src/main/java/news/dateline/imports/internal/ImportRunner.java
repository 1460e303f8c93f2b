package news.dateline.imports.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import news.dateline.imports.ImportJob;
import news.dateline.imports.internal.jobs.JobRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs import jobs in the background, one at a time on this node, on one worker thread. A job is claimed with a
 * conditional UPDATE, so with several nodes only one runs it; the runner beats its heart on each item, and a job
 * whose runner fell silent (a node that crashed) is taken over. On start-up, jobs this installation left running or
 * interrupted resume where they stopped; on shutdown, the running job is marked interrupted.
 */
@Component
public class ImportRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ImportRunner.class);
    /** A runner silent this long has stopped (it beats on every item, and at least every few seconds). */
    static final Duration SILENCE = Duration.ofMinutes(2);

    private final JobRepository jobs;
    private final ArchiveRun run;
    private final Clock clock;
    private final boolean singleNode;
    private final String name = "node-" + UUID.randomUUID();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("import-", 0).factory());
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final AtomicBoolean busy = new AtomicBoolean();
    private volatile long stopAfterItems = -1;
    /** The first look on SQLite after start-up: a job still marked running was left by this installation's crash. */
    private volatile boolean firstLook = true;

    ImportRunner(JobRepository jobs, ArchiveRun run, Clock clock,
                 @Value("${dateline.database.url:jdbc:sqlite:}") String databaseUrl) {
        this.jobs = jobs;
        this.run = run;
        this.clock = clock;
        this.singleNode = databaseUrl.startsWith("jdbc:sqlite:");
    }

    /** Looks for work now (after a job was queued). */
    public void wake() {
        if (!stopping.get()) {
            worker.execute(this::work);
        }
    }

    /** Resumes what this installation left unfinished: on SQLite (one node) at once, else once its runner fell silent. */
    @EventListener(ApplicationReadyEvent.class)
    void resumeLeftovers() {
        jobs.interrupted().forEach(jobs::queue);
        wake();
    }

    @Scheduled(fixedDelayString = "${dateline.imports.poll:PT30S}", initialDelayString = "${dateline.imports.poll:PT30S}")
    void poll() {
        if (!busy.get()) {
            wake();
        }
    }

    private void work() {
        if (!busy.compareAndSet(false, true)) {
            return;
        }
        try {
            Instant now = clock.instant();
            Instant stale = singleNode && firstLook ? now.plusSeconds(1) : now.minus(SILENCE);
            firstLook = false;
            for (long id : jobs.claimable(stale)) {
                if (stopping.get()) {
                    return;
                }
                if (jobs.claim(id, name, stale, clock.instant())) {
                    runClaimed(id);
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("The import runner could not look for work: {}", e.toString());
        } finally {
            busy.set(false);
        }
    }

    private void runClaimed(long id) {
        ImportJob.State ended;
        String message;
        try {
            var outcome = run.run(id, name, () -> stopping.get() || stopAfterItems == 0, this::itemDone);
            ended = outcome.state();
            message = outcome.message();
        } catch (RuntimeException e) {
            LOG.error("Import job {} stopped on an unexpected error", id, e);
            ended = ImportJob.State.INTERRUPTED;
            message = "Stopped on an unexpected error (" + e.getClass().getSimpleName() + "); start it again to resume";
        }
        jobs.end(id, name, ended, message, clock.instant());
    }

    private void itemDone() {
        if (stopAfterItems > 0) {
            stopAfterItems--;
        }
    }

    /** For tests: the running job stops (as interrupted) after {@code items} more items; negative: never. */
    public void stopAfter(long items) {
        stopAfterItems = items;
    }

    /** Whether a job is being worked on now. */
    public boolean busy() {
        return busy.get();
    }

    @jakarta.annotation.PreDestroy
    void shutdown() {
        stopping.set(true);
        worker.shutdown();
        try {
            if (!worker.awaitTermination(20, java.util.concurrent.TimeUnit.SECONDS)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
