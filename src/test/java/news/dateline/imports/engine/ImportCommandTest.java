package news.dateline.imports.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import news.dateline.DatelineApplication;
import news.dateline.imports.ImportCommandAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar dateline.jar import ...} end to end, in process, on a data directory of its own. */
class ImportCommandTest {

    @TempDir
    Path dataDir;

    @Test
    void importsAGhostExportWithItsMediaPrintsTheReportAndExitsZero() throws IOException {
        Path export = copy("ghost-export.json");
        Path media = copy("ghost-images.tar.gz");
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();

        int status = ImportCommandAccess.run(new String[] {"import", "ghost", export.toString(), "--media", media.toString(),
                "--site-url", "http://127.0.0.1:2368", "--dateline.data-dir=" + dataDir,
                "--dateline.database.url=jdbc:sqlite:" + dataDir.resolve("dateline.db") + "?journal_mode=WAL&busy_timeout=10000&transaction_mode=IMMEDIATE",
                "--dateline.media.warm-up=false", "--spring.main.banner-mode=off"}, DatelineApplication.class,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(status).as(printed + err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(printed).contains("20 stories (17 published, 1 draft, 1 scheduled, 1 withheld), 2 pages, 3 people")
                .contains("100% done")
                .containsOnlyOnce("#breaking\": internal tag")
                .contains("Imported 20 stories (" + publishedOnTheDay() + " published");
    }

    /** The command runs on the real clock: once the scheduled post's time (2026-12-28 07:00 UTC) has passed, it is published as of then. */
    private static int publishedOnTheDay() {
        return java.time.Instant.now().isBefore(java.time.Instant.parse("2026-12-28T07:00:00Z")) ? 17 : 18;
    }

    @Test
    void aWrongCommandLineExitsTwoWithTheUsage() {
        var err = new ByteArrayOutputStream();
        int status = ImportCommandAccess.run(new String[] {"import", "joomla", "x.xml"}, DatelineApplication.class,
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Name the platform (wordpress, ghost or feed)")
                .contains("Usage: java -jar dateline.jar import");
    }

    private Path copy(String name) throws IOException {
        Path file = dataDir.resolve("in").resolve(name);
        Files.createDirectories(file.getParent());
        try (InputStream in = ImportCommandTest.class.getResourceAsStream("/imports/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }
}
