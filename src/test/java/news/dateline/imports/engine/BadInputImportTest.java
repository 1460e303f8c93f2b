package news.dateline.imports.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import news.dateline.articles.Article;
import news.dateline.articles.Articles;
import news.dateline.imports.ArchiveImports;
import news.dateline.imports.ImportJob;
import news.dateline.imports.ImportReport;
import news.dateline.imports.ImportRequest;
import news.dateline.imports.internal.ImportRunner;
import news.dateline.imports.internal.source.SourceItem;
import news.dateline.support.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What goes wrong on the way in: a bad story in the middle (the rest comes in), a missing media file (a report line),
 * an interrupted run (started again, it completes without duplicates).
 */
class BadInputImportTest {

    private static ImportNode node;

    @BeforeAll
    static void start() {
        node = ImportNode.start(Database.SQLITE, ScriptedSource.class);
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void aBadStoryInTheMiddleIsReportedAndTheRestComesIn() throws Exception {
        String run = "bad" + System.nanoTime();
        List<SourceItem> items = new ArrayList<>(List.of(ScriptedSource.site(), ScriptedSource.person(run, "Ada " + run)));
        items.add(ScriptedSource.story(run + "-1", "First " + run, "<p>One.</p>", run, ""));
        items.add(ScriptedSource.story(run + "-2", "Too long " + run, "<p>" + "x".repeat(250_000) + "</p>", run, ""));
        items.add(ScriptedSource.story(run + "-3", "Third " + run, "<p>Three.</p>", run,
                "https://old.example.test/content/images/missing.jpg"));
        ScriptedSource.ITEMS.clear();
        ScriptedSource.ITEMS.addAll(items);
        Path media = Files.createDirectories(node.dataDir.resolve("imports").resolve(run));

        ImportJob job = node.importAll("scripted", node.resource("ghost-rss.xml"), media, "");

        assertThat(job.state()).isEqualTo(ImportJob.State.DONE);
        assertThat(job.done().published()).isEqualTo(2);
        assertThat(job.done().problems()).isEqualTo(1);
        ImportReport report = node.bean(ArchiveImports.class).report(job.id());
        assertThat(report.at(ImportReport.Level.PROBLEM)).singleElement()
                .satisfies(line -> assertThat(line.item()).startsWith("story " + run + "-2"));
        assertThat(report.at(ImportReport.Level.WARNING)).anyMatch(line -> line.item().equals("image content/images/missing.jpg")
                && line.message().contains("not in the media"));
        assertThat(headlines(run)).containsExactlyInAnyOrder("First " + run, "Third " + run);
    }

    @Test
    void anInterruptedImportResumesWhereItStoppedWithoutDuplicates() {
        String run = "resume" + System.nanoTime();
        List<SourceItem> items = new ArrayList<>(List.of(ScriptedSource.site(), ScriptedSource.person(run, "Bo " + run)));
        for (int i = 1; i <= 6; i++) {
            items.add(ScriptedSource.story(run + "-" + i, "Story " + i + " " + run, "<p>Text " + i + ".</p>", run, ""));
        }
        ScriptedSource.ITEMS.clear();
        ScriptedSource.ITEMS.addAll(items);
        ArchiveImports imports = node.bean(ArchiveImports.class);
        ImportRunner runner = node.bean(ImportRunner.class);
        ImportJob planned = imports.plan(ImportRequest.bySystem("scripted", node.resource("ghost-rss.xml"), null, ""));
        assertThat(planned.planned().published()).isEqualTo(6);

        runner.stopAfter(4);
        imports.start(planned.id());
        ImportJob interrupted = node.awaitEnd(planned.id());
        assertThat(interrupted.state()).isEqualTo(ImportJob.State.INTERRUPTED);
        assertThat(headlines(run)).hasSize(2);

        runner.stopAfter(-1);
        imports.start(planned.id());
        ImportJob done = node.awaitEnd(planned.id());
        assertThat(done.state()).isEqualTo(ImportJob.State.DONE);
        assertThat(done.done().published()).isEqualTo(6);
        assertThat(headlines(run)).hasSize(6).doesNotHaveDuplicates();
    }

    /** The second pass (links to stories imported later) survives a stop between the passes. */
    @Test
    void aJobStoppedBeforeTheSecondPassStillRewritesEveryLinkWhenResumed() {
        String run = "relink" + System.nanoTime();
        List<SourceItem> items = new ArrayList<>(List.of(ScriptedSource.site(), ScriptedSource.person(run, "Cy " + run)));
        items.add(ScriptedSource.story(run + "-1", "Linking " + run, "<p>See <a href=\"https://old.example.test/" + run
                + "-3/\">the later one</a>.</p>", run, ""));
        items.add(ScriptedSource.story(run + "-2", "Middle " + run, "<p>Two.</p>", run, ""));
        items.add(ScriptedSource.story(run + "-3", "Later " + run, "<p>Three.</p>", run, ""));
        ScriptedSource.ITEMS.clear();
        ScriptedSource.ITEMS.addAll(items);
        ArchiveImports imports = node.bean(ArchiveImports.class);
        ImportRunner runner = node.bean(ImportRunner.class);
        ImportJob planned = imports.plan(ImportRequest.bySystem("scripted", node.resource("ghost-rss.xml"), null, ""));

        runner.stopAfter(items.size());
        imports.start(planned.id());
        ImportJob interrupted = node.awaitEnd(planned.id());
        assertThat(interrupted.state()).isEqualTo(ImportJob.State.INTERRUPTED);
        assertThat(headlines(run)).hasSize(3);
        assertThat(story("Linking " + run).body().markdown()).contains("old.example.test/" + run + "-3/");

        runner.stopAfter(-1);
        imports.start(planned.id());
        assertThat(node.awaitEnd(planned.id()).state()).isEqualTo(ImportJob.State.DONE);
        Article later = story("Later " + run);
        assertThat(story("Linking " + run).body().markdown()).doesNotContain("old.example.test")
                .contains("/" + later.slug() + ")");
    }

    private static Article story(String headline) {
        return node.bean(Articles.class).everyStoryAfter(0, 1000).stream().filter(a -> a.headline().equals(headline))
                .findFirst().orElseThrow();
    }

    @Test
    void aFeedComesInAsPublishedStoriesWithItsAuthors() {
        ImportJob job = node.importAll("feed", node.resource("wordpress-rss.xml"), null, "http://127.0.0.1:8081");

        assertThat(job.state()).as(job.message()).isEqualTo(ImportJob.State.DONE);
        assertThat(job.done().stories()).isEqualTo(10);
        assertThat(job.done().problems()).as(node.bean(ArchiveImports.class).report(job.id()).lines().toString()).isZero();
        assertThat(job.done().people()).isPositive();
    }

    private static List<String> headlines(String run) {
        return node.bean(Articles.class).everyStoryAfter(0, 1000).stream().map(Article::headline)
                .filter(h -> h.contains(run)).toList();
    }
}
