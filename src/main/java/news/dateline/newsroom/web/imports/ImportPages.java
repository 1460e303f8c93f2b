package news.dateline.newsroom.web.imports;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import news.dateline.imports.ArchiveImports;
import news.dateline.imports.ImportCounts;
import news.dateline.imports.ImportJob;
import news.dateline.imports.ImportReport;
import news.dateline.newsroom.web.Frames;
import news.dateline.platform.SiteSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/** Builds the import screen's pages, its JSON progress and its text report from {@link ArchiveImports} (which checks rights). */
@Component
class ImportPages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final int RECENT = 20;

    private final ArchiveImports imports;
    private final Frames frames;
    private final SiteSettings settings;
    private final DataSize maxUpload;

    ImportPages(ArchiveImports imports, Frames frames, SiteSettings settings,
                @Value("${dateline.imports.max-upload-size:2GB}") DataSize maxUpload) {
        this.imports = imports;
        this.frames = frames;
        this.settings = settings;
        this.maxUpload = maxUpload;
    }

    ImportsPage start(Map<String, String> params, HttpServletRequest request) {
        var rows = imports.recent(RECENT).stream().map(j -> new ImportsPage.Row(j.id(), j.exportName(),
                ExportFiles.label(j.platform()), state(j.state()), when(j.createdAt()), j.createdAt().toString(),
                j.done().stories(), j.planned().stories())).toList();
        String platform = params.getOrDefault("platform", "wordpress");
        return new ImportsPage(frames.frame("Import", "imports", request), params.get("error"),
                new ImportsPage.Form(ExportFiles.PLATFORMS.contains(platform) ? platform : "wordpress",
                        params.getOrDefault("siteUrl", "")), ImportUploads.label(maxUpload), rows);
    }

    ImportJobPage job(long id, @Nullable String error, HttpServletRequest request) {
        ImportJob job = find(id);
        ImportReport report = imports.report(id);
        String stage = job.state() == ImportJob.State.PLANNED ? "planned" : job.state().finished() ? "finished" : "running";
        String title = "Import " + id + ": " + job.exportName();
        return new ImportJobPage(frames.frame(title, "imports", request), id, title, error, stage,
                job.state() == ImportJob.State.INTERRUPTED, progress(job),
                counts(job), lines(report, 0));
    }

    ImportProgress progress(long id, int after) {
        ImportJob job = find(id);
        List<ImportLine> lines = lines(imports.report(id), Math.max(0, after));
        var p = progress(job);
        var done = job.done().asMap();
        done.put("stories", job.done().stories());
        return new ImportProgress(p.state(), job.state().finished(), p.percent(), p.done(), p.total(), p.current(),
                p.message(), done, lines, Math.max(0, after) + lines.size());
    }

    /** The report as plain text, for download: the summary, then every line. */
    String text(long id) {
        ImportJob job = find(id);
        ImportReport report = imports.report(id);
        StringBuilder out = new StringBuilder();
        out.append("Import ").append(id).append(": ").append(job.exportName()).append(" (")
                .append(ExportFiles.label(job.platform())).append(")\n")
                .append("State: ").append(state(job.state())).append(job.message().isBlank() ? "" : " - " + job.message())
                .append('\n');
        if (job.startedAt() != null) {
            out.append("Started: ").append(job.startedAt()).append('\n');
        }
        if (job.finishedAt() != null) {
            out.append("Finished: ").append(job.finishedAt()).append('\n');
        }
        out.append('\n').append(String.format(Locale.ROOT, "%-40s %10s %10s%n", "", "in export", "imported"));
        for (var count : counts(job)) {
            out.append(String.format(Locale.ROOT, "%-40s %10d %10s%n", count.label(), count.planned(),
                    count.note().isEmpty() ? String.valueOf(count.done()) : count.note()));
        }
        out.append('\n').append(report.lines().isEmpty() ? "Nothing to report: every item was imported as it was.\n"
                : report.lines().size() + " report lines:\n");
        for (var line : report.lines()) {
            out.append(level(line.level())).append('\t').append(line.item().isBlank() ? "-" : line.item()).append('\t')
                    .append(line.message()).append('\n');
        }
        return out.toString();
    }

    private ImportJob find(long id) {
        return imports.job(id).orElseThrow(() -> new NoSuchElementException("No such import"));
    }

    private static ImportJobPage.Progress progress(ImportJob job) {
        int total = job.planned().items();
        int done = Math.min(total, job.done().items() + job.done().problems());
        return new ImportJobPage.Progress(state(job.state()), job.percent(), job.state() == ImportJob.State.DONE ? total : done,
                total, job.state().finished() ? "" : job.currentItem(), job.message());
    }

    private static List<ImportJobPage.Count> counts(ImportJob job) {
        ImportCounts p = job.planned();
        ImportCounts d = job.done();
        List<ImportJobPage.Count> counts = new ArrayList<>();
        counts.add(new ImportJobPage.Count("people", "People (authors)", p.people(), d.people(), ""));
        counts.add(new ImportJobPage.Count("sections", "Sections (categories)", p.sections(), d.sections(), ""));
        counts.add(new ImportJobPage.Count("tags", "Tags", p.tags(), d.tags(), ""));
        counts.add(new ImportJobPage.Count("published", "Stories published", p.published(), d.published(), ""));
        counts.add(new ImportJobPage.Count("drafts", "Stories in draft", p.drafts(), d.drafts(), ""));
        counts.add(new ImportJobPage.Count("scheduled", "Stories scheduled", p.scheduled(), d.scheduled(), ""));
        counts.add(new ImportJobPage.Count("withheld", "Private, protected or members-only (drafts with a note)",
                p.withheld(), d.withheld(), ""));
        counts.add(new ImportJobPage.Count("pages", "Pages", p.pages(), d.pages(), ""));
        counts.add(new ImportJobPage.Count("images", "Images", p.images(), d.images(), ""));
        counts.add(new ImportJobPage.Count("comments", "Comments", p.comments(), 0, "not imported"));
        counts.add(new ImportJobPage.Count("skipped", "Skipped", p.skipped(), d.skipped(), ""));
        counts.add(new ImportJobPage.Count("problems", "Problems", p.problems(), d.problems(), ""));
        return counts;
    }

    private static List<ImportLine> lines(ImportReport report, int from) {
        var all = report.lines();
        return from >= all.size() ? List.of() : all.subList(from, all.size()).stream()
                .map(l -> new ImportLine(level(l.level()), l.item(), l.message())).toList();
    }

    private static String level(ImportReport.Level level) {
        return switch (level) {
            case NOTE -> "Note";
            case WARNING -> "Warning";
            case PROBLEM -> "Problem";
        };
    }

    static String state(ImportJob.State state) {
        return switch (state) {
            case PLANNED -> "Dry run: not started";
            case RUNNING -> "Running";
            case INTERRUPTED -> "Interrupted: resumes when the application starts again";
            case DONE -> "Done";
            case FAILED -> "Failed";
        };
    }

    private String when(Instant instant) {
        return WHEN.format(instant.atZone(settings.timeZone()));
    }
}
