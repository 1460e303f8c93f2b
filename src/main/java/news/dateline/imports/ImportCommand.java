package news.dateline.imports;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar dateline.jar import wordpress|ghost FILE [--media DIR|TAR] [--site-url URL]} and
 * {@code import feed URL|FILE}: starts Dateline without its web port on the site's configuration, plans the import,
 * runs it with a progress bar and prints the report. Exit status: 0 imported, 1 failed or imported with problems,
 * 2 the command line is wrong. It is a node of its own: with the site running on the same data directory it stops
 * at once (the search index is the node's own) and says so; upload the export in the newsroom instead.
 */
public final class ImportCommand {

    private static final String USAGE = "Usage: java -jar dateline.jar import wordpress|ghost FILE [--media DIR|FILE.tar[.gz]] "
            + "[--site-url URL] | import feed URL|FILE [--site-url URL]   [--dateline.data-dir=DIR] [--dateline.database.url=...]";

    private ImportCommand() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && args[0].equals("import");
    }

    /** Runs the command in a Dateline built from {@code application}; returns the process exit status. */
    public static int run(String[] args, Class<?> application) {
        return run(args, application, System.out, System.err, System.console() != null);
    }

    static int run(String[] args, Class<?> application, PrintStream out, PrintStream err, boolean terminal) {
        CommandLine line;
        try {
            line = CommandLine.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        List<String> settings = new ArrayList<>(line.settings());
        if (settings.stream().noneMatch(s -> s.startsWith("--dateline.demo.enabled"))) {
            settings.add("--dateline.demo.enabled=false");
        }
        ConfigurableApplicationContext context;
        try {
            context = new SpringApplicationBuilder(application).web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF)
                    .logStartupInfo(false).run(settings.toArray(String[]::new));
        } catch (RuntimeException e) {
            err.println("Dateline could not start for the import: " + rootMessage(e));
            err.println("If the site is running on this data directory, stop it first, or upload the export in the "
                    + "newsroom (Imports).");
            return 1;
        }
        try (context) {
            ArchiveImports imports = context.getBean(ArchiveImports.class);
            Path export = line.source().matches("(?i)^https?://.*")
                    ? FeedDownload.fetch(line.source(), imports.uploadFolder()) : Path.of(line.source());
            ImportJob job = imports.plan(ImportRequest.bySystem(line.platform(), export,
                    line.media() == null ? null : Path.of(line.media()), line.siteUrl()));
            if (job.state() == ImportJob.State.FAILED) {
                err.println("The export cannot be imported: " + job.message());
                return 1;
            }
            out.println("Import " + job.id() + ": " + describe(job.planned()));
            job = imports.start(job.id());
            Progress progress = new Progress(out, terminal);
            while (!job.state().finished() && job.state() != ImportJob.State.INTERRUPTED) {
                progress.show(job);
                pause();
                job = imports.job(job.id()).orElseThrow();
            }
            progress.done(job);
            ImportReport report = imports.report(job.id());
            report.lines().forEach(l -> out.println(l.level().name().toLowerCase(Locale.ROOT) + ": "
                    + (l.item().isBlank() ? "" : l.item() + ": ") + l.message()));
            out.println(job.message());
            return job.state() == ImportJob.State.DONE && job.done().problems() == 0 ? 0 : 1;
        } catch (ImportException e) {
            err.println("The import cannot start: " + e.getMessage());
            return 1;
        } catch (java.io.IOException e) {
            err.println("The feed cannot be fetched: " + rootMessage(e));
            return 1;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(Duration.ofMillis(250)); // the terminal's progress bar: a person is watching, not a test
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String describe(ImportCounts c) {
        return count(c.stories(), "story", "stories") + " (" + c.published() + " published, "
                + count(c.drafts(), "draft", "drafts") + ", " + c.scheduled() + " scheduled, " + c.withheld()
                + " withheld), " + count(c.pages(), "page", "pages") + ", " + count(c.people(), "person", "people")
                + ", " + count(c.sections(), "section", "sections") + ", " + count(c.tags(), "tag", "tags") + ", "
                + count(c.images(), "image", "images") + ", " + count(c.comments(), "comment", "comments")
                + " (not imported), " + c.skipped() + " skipped";
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** The command line: platform, export, options, and the rest for Spring ({@code --dateline.*}). */
    record CommandLine(String platform, String source, String media, String siteUrl, List<String> settings) {

        static CommandLine parse(String[] args) {
            if (args.length < 3 || !List.of("wordpress", "ghost", "feed").contains(args[1])) {
                throw new IllegalArgumentException("Name the platform (wordpress, ghost or feed) and the export.");
            }
            String media = null;
            String siteUrl = "";
            List<String> rest = new ArrayList<>();
            for (int i = 3; i < args.length; i++) {
                String a = args[i];
                if ((a.equals("--media") || a.equals("--site-url")) && i + 1 < args.length) {
                    if (a.equals("--media")) {
                        media = args[++i];
                    } else {
                        siteUrl = args[++i];
                    }
                } else if (a.startsWith("--media=")) {
                    media = a.substring(8);
                } else if (a.startsWith("--site-url=")) {
                    siteUrl = a.substring(11);
                } else if (a.startsWith("--") && a.contains("=")) {
                    rest.add(a);
                } else {
                    throw new IllegalArgumentException("Unknown option " + a);
                }
            }
            if (media != null && !Files.exists(Path.of(media))) {
                throw new IllegalArgumentException("There is no media folder or archive at " + media);
            }
            return new CommandLine(args[1], args[2], media, siteUrl, rest);
        }
    }
}
