package news.dateline.imports.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import news.dateline.articles.ArticleException;
import news.dateline.imports.ImportCounts;
import news.dateline.imports.ImportJob;
import news.dateline.imports.ImportReport;
import news.dateline.imports.OldAddresses;
import news.dateline.imports.internal.jobs.JobRepository;
import news.dateline.imports.internal.jobs.PendingLinkRepository;
import news.dateline.imports.internal.jobs.ReportRepository;
import news.dateline.imports.internal.media.ExportMedia;
import news.dateline.imports.internal.source.SourceException;
import news.dateline.imports.internal.source.SourceItem;
import news.dateline.imports.internal.source.SourceMedia;
import news.dateline.imports.internal.source.SourcePerson;
import news.dateline.imports.internal.source.SourcePost;
import news.dateline.imports.internal.source.SourceSite;
import news.dateline.imports.internal.source.SourceSkipped;
import news.dateline.imports.internal.source.SourceTerm;
import news.dateline.media.ImageRejected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One run of an import job: reads the export again and imports it item by item, each in its own transaction, so a
 * bad item is one report line and an interruption loses nothing already imported (a resumed run finds those items in
 * the provenance and passes over them). At the end, stories whose links pointed at stories not imported yet are
 * converted again.
 */
@Component
public class ArchiveRun {

    private static final Logger LOG = LoggerFactory.getLogger(ArchiveRun.class);

    /** How a run ended. */
    public record Outcome(ImportJob.State state, String message) {
    }

    private static final class Stopped extends RuntimeException {
        Stopped() {
            super("stopped", null, false, false);
        }
    }

    private final ImportPlanner planner;
    private final JobRepository jobs;
    private final ReportRepository reports;
    private final PendingLinkRepository pendingLinks;
    private final PeopleImport people;
    private final SectionImport sections;
    private final ImageImport images;
    private final StoryImport stories;
    private final PageImport pages;
    private final OldAddresses oldAddresses;
    private final StoryAddressBook addressBook;
    private final ImportSettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ArchiveRun(ImportPlanner planner, JobRepository jobs, ReportRepository reports, PendingLinkRepository pendingLinks,
               PeopleImport people,
               SectionImport sections, ImageImport images, StoryImport stories, PageImport pages,
               OldAddresses oldAddresses, StoryAddressBook addressBook, ImportSettings settings, PlatformTransactionManager transactions, Clock clock) {
        this.planner = planner;
        this.jobs = jobs;
        this.reports = reports;
        this.pendingLinks = pendingLinks;
        this.people = people;
        this.sections = sections;
        this.images = images;
        this.stories = stories;
        this.pages = pages;
        this.oldAddresses = oldAddresses;
        this.addressBook = addressBook;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    Outcome run(long jobId, String runner, BooleanSupplier stop, Runnable itemDone) {
        var job = jobs.find(jobId).orElseThrow();
        var reader = planner.reader(job.job().platform());
        Path export = Path.of(job.exportPath());
        ExportMedia media;
        try {
            media = ExportMedia.open(job.mediaPath().isBlank() ? null : Path.of(job.mediaPath()),
                    planner.jobFolder(jobId), settings.archiveLimit(), settings.fileLimit(),
                    (entry, reason) -> reports.add(jobId, ImportReport.Level.PROBLEM, "media " + entry, reason));
        } catch (IOException e) {
            return new Outcome(ImportJob.State.FAILED, e.getMessage() == null ? "The media cannot be read" : e.getMessage());
        }
        RunContext run = new RunContext(jobId, job.job().platform(), job.siteUrl(), media, reports);
        boolean[] stopped = {false};
        try {
            reader.read(export, item -> {
                if (stopped[0] || stop.getAsBoolean()) {
                    stopped[0] = true;
                    throw new Stopped();
                }
                handle(item, run);
                itemDone.run();
                if (!jobs.progress(jobId, runner, run.tally.counts(), current(item), clock.instant())) {
                    stopped[0] = true;
                    throw new Stopped();
                }
            });
        } catch (Stopped e) {
            stopped[0] = true;
        } catch (SourceException e) {
            return new Outcome(ImportJob.State.FAILED, e.getMessage());
        } finally {
            oldAddresses.refresh();
        }
        if (stopped[0]) {
            return new Outcome(ImportJob.State.INTERRUPTED, "Interrupted; start it again to resume where it stopped");
        }
        if (stop.getAsBoolean()) {
            return new Outcome(ImportJob.State.INTERRUPTED, "Interrupted before links between stories were rewritten; "
                    + "start it again to finish");
        }
        Set<String> pending = pendingLinks.of(jobId);
        if (!pending.isEmpty()) {
            relink(reader, export, run, pending);
        }
        ImportCounts done = run.tally.counts();
        if (done.comments() > 0) {
            reports.add(jobId, ImportReport.Level.NOTE, "", done.comments() + " comments not imported");
        }
        jobs.progress(jobId, runner, done, "", clock.instant());
        oldAddresses.refresh();
        return new Outcome(ImportJob.State.DONE, summary(done));
    }

    private void handle(SourceItem item, RunContext run) {
        switch (item) {
            case SourceSite site -> {
                run.site(site.baseUrl());
                inTransaction(run, "site " + site.title(), addressBook::siteFeeds);
            }
            case SourceTerm term -> inTransaction(run, "term " + term.name(), () -> sections.term(term, run));
            case SourceMedia m -> {
                run.media(m);
                guarded(run, "image " + m.path(), () -> images.attachment(m, run));
            }
            case SourcePerson person -> {
                String label = "person " + person.displayName();
                guarded(run, label, () -> people.photo(person, run));
                inTransaction(run, label, () -> people.person(person, run));
            }
            case SourcePost post when post.kind() == SourcePost.Kind.PAGE -> {
                String label = RunContext.label("page", post.sourceId(), post.title());
                guarded(run, label, () -> stories.prepare(post, run));
                inTransaction(run, label, () -> pages.page(post, run));
            }
            case SourcePost post -> {
                String label = RunContext.label(StoryImport.STORY, post.sourceId(), post.title());
                guarded(run, label, () -> stories.prepare(post, run));
                inTransaction(run, label, () -> run.section(post.sourceId(), sections.sectionFor(post, run)));
                if (!inTransaction(run, label, () -> stories.story(post, run, true), true)) {
                    inTransaction(run, label, () -> stories.story(post, run, false));
                }
                run.tally.comments += post.comments();
            }
            case SourceSkipped skipped -> {
                if (skipped.kind().equals("comment")) {
                    run.tally.skippedComments++;
                } else {
                    run.tally.skipped++;
                    reports.once(run.jobId, ImportReport.Level.NOTE, RunContext.label(skipped), skipped.reason());
                }
            }
        }
    }

    private void relink(news.dateline.imports.internal.source.SourceReader reader, Path export, RunContext run,
                        Set<String> pending) {
        Consumer<SourceItem> second = item -> {
            if (item instanceof SourcePost post && pending.contains(post.sourceId())
                    && post.kind() == SourcePost.Kind.STORY) {
                inTransaction(run, RunContext.label(StoryImport.STORY, post.sourceId(), post.title()),
                        () -> stories.relink(post, run));
            }
        };
        try {
            reader.read(export, second);
        } catch (SourceException e) {
            reports.add(run.jobId, ImportReport.Level.WARNING, "", "Links were not rewritten a second time: " + e.getMessage());
        }
    }

    private void inTransaction(RunContext run, String item, Runnable work) {
        inTransaction(run, item, work, false);
    }

    /**
     * Work done before an item's transaction, outside any (pictures: decoding and storing them would hold the
     * database's write lock for long); a failure is reported, and the item's transaction tries again.
     */
    private void guarded(RunContext run, String item, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.debug("Import job {}: preparing {} failed", run.jobId, item, e);
        }
    }

    /** Runs one item's work in its own transaction; false only when a taken address should be retried without it. */
    private boolean inTransaction(RunContext run, String item, Runnable work, boolean retryOnAddress) {
        try {
            transaction.executeWithoutResult(status -> work.run());
            return true;
        } catch (org.springframework.transaction.TransactionException e) {
            LOG.warn("Import job {}: {} failed in the database", run.jobId, item, e);
            run.report(ImportReport.Level.PROBLEM, item, "not imported: the database refused it (" + e.getMessage() + ")");
        } catch (ArticleException e) {
            if (retryOnAddress && e.field().equals("slug")) {
                return false;
            }
            run.report(ImportReport.Level.PROBLEM, item, "not imported: " + e.getMessage());
        } catch (ImageRejected | IllegalArgumentException e) {
            run.report(ImportReport.Level.PROBLEM, item, "not imported: " + e.getMessage());
        } catch (Stopped e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warn("Import job {}: {} failed", run.jobId, item, e);
            run.report(ImportReport.Level.PROBLEM, item, "not imported: an unexpected error (" + e.getClass().getSimpleName() + ")");
        }
        return true;
    }

    private static String current(SourceItem item) {
        return switch (item) {
            case SourcePost post -> RunContext.label(post.kind() == SourcePost.Kind.PAGE ? "page" : "story",
                    post.sourceId(), post.title());
            case SourcePerson person -> "person " + person.displayName();
            case SourceTerm term -> term.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + term.name();
            case SourceMedia m -> "image " + m.path();
            default -> "";
        };
    }

    static String summary(ImportCounts c) {
        return "Imported " + count(c.stories(), "story", "stories") + " (" + c.published() + " published, "
                + count(c.drafts(), "draft", "drafts") + ", " + c.scheduled() + " scheduled, " + c.withheld()
                + " withheld as drafts), " + count(c.pages(), "page", "pages") + ", "
                + count(c.people(), "person", "people") + ", " + count(c.sections(), "section", "sections") + ", "
                + count(c.tags(), "tag", "tags") + ", " + count(c.images(), "image", "images") + "; "
                + count(c.comments(), "comment", "comments") + " not imported, "
                + count(c.skipped(), "item", "items") + " skipped" + (c.skipped() > 0 ? " (named in the report)" : "")
                + ", " + count(c.problems(), "problem", "problems");
    }

    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
