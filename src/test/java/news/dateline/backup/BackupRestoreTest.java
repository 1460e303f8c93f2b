package news.dateline.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import news.dateline.articles.Article;
import news.dateline.articles.NewArticle;
import news.dateline.support.Newsdesk;
import news.dateline.media.ImageCredit;
import news.dateline.media.MediaLibrary;
import news.dateline.media.NewImage;
import news.dateline.media.storage.FilesystemStorage;
import news.dateline.media.storage.MediaStorage;
import news.dateline.support.SiteTest;
import news.dateline.views.ArticleViews;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A backup taken while a desk keeps filing, revising and publishing stories, adding images and counting views
 * restores into an empty data directory with everything its database holds: every story, revision, image file
 * and view total that existed before it began, and exactly what its manifest counts.
 */
class BackupRestoreTest extends SiteTest {

    private static final PrintStream QUIET = new PrintStream(java.io.OutputStream.nullOutputStream());

    @Autowired
    DataSource dataSource;
    @Autowired
    MediaStorage storage;
    @Autowired
    MediaLibrary media;
    @Autowired
    ArticleViews views;
    @Autowired
    Clock clock;
    @Autowired
    news.dateline.platform.DataDirectory dataDirectory;

    @Test
    void aBackupUnderWriteLoadRestoresEverythingItHolds(@TempDir Path dir) throws Exception {
        Newsdesk desk = newsdesk();
        AtomicBoolean stop = new AtomicBoolean();
        Semaphore rounds = new Semaphore(0);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread writer = Thread.ofPlatform().name("backup-test-writer").start(() -> {
            int round = 0;
            try {
                while (!stop.get()) {
                    write(desk, round++);
                    rounds.release();
                }
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        try {
            assertThat(rounds.tryAcquire(3, 2, TimeUnit.MINUTES)).as("the desk works: %s", failure.get()).isTrue();
            State before = State.of(dataSource);
            Path archive = dir.resolve("site.tar");
            Manifest manifest = new SiteBackup(dataSource, true, storage, clock).writeTo(archive, QUIET);
            assertThat(rounds.tryAcquire(2, 2, TimeUnit.MINUTES)).as("the desk works on: %s", failure.get()).isTrue();
            stop.set(true);
            writer.join();
            assertThat(failure.get()).isNull();
            assertThat(manifest.missing()).isEmpty();

            Path restoredDir = dir.resolve("restored");
            Path restoredDb = restoredDir.resolve("dateline.db");
            var restoredMedia = new FilesystemStorage(restoredDir.resolve("media"));
            Manifest restored = new SiteRestore(restoredDir, restoredDb, restoredMedia).restoreFrom(archive, QUIET);
            assertThat(restored.counts()).isEqualTo(manifest.counts());

            State after = State.of(restoredDb);
            assertThat(after.counts()).isEqualTo(manifest.counts());
            assertThat(after.revisions().keySet()).containsAll(before.revisions().keySet());
            before.revisions().forEach((story, revisions) ->
                    assertThat(after.revisions().get(story)).as("revisions of story %d", story).isGreaterThanOrEqualTo(revisions));
            before.views().forEach((story, total) ->
                    assertThat(after.views().get(story)).as("views of story %d", story).isGreaterThanOrEqualTo(total));
            assertThat(after.imageKeys()).containsAll(before.imageKeys());
            for (String key : after.imageKeys()) {
                assertThat(restoredMedia.get("images/" + key + "/master.jpg")).as("master of image %s", key).isPresent();
            }
            for (var file : manifest.files()) {
                if (file.path().startsWith("media/")) {
                    String key = file.path().substring("media/".length());
                    assertThat(restoredMedia.get(key).orElseThrow().bytes()).isEqualTo(storage.get(key).orElseThrow().bytes());
                }
            }

            assertThatThrownBy(() -> new SiteRestore(restoredDir, restoredDb, restoredMedia).restoreFrom(archive, QUIET))
                    .isInstanceOf(BackupException.class).hasMessageContaining("not empty");
            try (var file = new RandomAccessFile(archive.toFile(), "rw")) {
                file.seek(512 + 200); // inside the database copy, the first file
                int b = file.read();
                file.seek(512 + 200);
                file.write(b ^ 0xff);
            }
            Path damagedDir = dir.resolve("damaged");
            assertThatThrownBy(() -> new SiteRestore(damagedDir, damagedDir.resolve("dateline.db"),
                    new FilesystemStorage(damagedDir.resolve("media"))).restoreFrom(archive, QUIET))
                    .isInstanceOf(BackupException.class).hasMessageContaining("dateline.db is damaged");
            assertThat(damagedDir.resolve("dateline.db")).doesNotExist();
        } finally {
            stop.set(true);
            writer.join();
        }
    }

    @Test
    void theCommandsWriteATarFileAndRestoreItWithTheSiteConfiguration(@TempDir Path dir) throws Exception {
        Path archive = dir.resolve("cli.tar");
        assertThat(BackupCommand.run(new String[] {"backup", "--to", archive.toString(),
                "--dateline.data-dir=" + dataDirectory.dataDir()})).isZero();
        var listing = new ProcessBuilder("tar", "-tf", archive.toString()).redirectErrorStream(true).start();
        String names = new String(listing.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(listing.waitFor()).as(names).isZero();
        assertThat(names).contains("dateline.db", "media/images/", "MANIFEST.txt");

        Path restored = dir.resolve("restored");
        assertThat(BackupCommand.run(new String[] {"restore", "--from=" + archive, "--dateline.data-dir=" + restored})).isZero();
        assertThat(State.of(restored.resolve("dateline.db")).counts().stories()).isPositive();
        assertThat(BackupCommand.run(new String[] {"restore", "--from=" + archive, "--dateline.data-dir=" + restored}))
                .as("a second restore into the now non-empty directory").isEqualTo(1);
    }

    /** One round of newsroom work: a story filed, revised and published, an image added, views counted. */
    private void write(Newsdesk desk, int round) {
        Article story = desk.draft("Backed up under load", desk.section(), desk.reporter(), null);
        var content = new NewArticle(story.headline(), null, "Revised standfirst " + round, "Revised body " + round + ".",
                story.sectionId(), story.bylines(), List.of("Test"), null);
        desk.articles().save(story.id(), story.version(), content, desk.staff(), false);
        desk.workflow().publish(story.id());
        media.add(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), new NewImage("Backup picture " + round,
                "A small dark picture", new ImageCredit("Dateline", "Staff")));
        views.importViews(story.id(), clock.instant(), 3);
    }

    /** Stories with their revision counts, view totals, image keys and counts of one database. */
    record State(Map<Long, Long> revisions, Map<Long, Long> views, List<String> imageKeys, SiteCounts counts) {

        static State of(DataSource dataSource) throws SQLException {
            try (Connection connection = dataSource.getConnection()) {
                return of(connection);
            }
        }

        static State of(Path sqliteFile) throws SQLException {
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + sqliteFile)) {
                return of(connection);
            }
        }

        private static State of(Connection connection) throws SQLException {
            return new State(pairs(connection, "SELECT a.id, COUNT(r.id) FROM articles a LEFT JOIN article_revisions r "
                    + "ON r.article_id = a.id GROUP BY a.id"),
                    pairs(connection, "SELECT article_id, views FROM article_view_totals"),
                    keys(connection), SiteCounts.of(connection));
        }

        private static Map<Long, Long> pairs(Connection connection, String sql) throws SQLException {
            Map<Long, Long> pairs = new HashMap<>();
            try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
                while (rows.next()) {
                    pairs.put(rows.getLong(1), rows.getLong(2));
                }
            }
            return pairs;
        }

        private static List<String> keys(Connection connection) throws SQLException {
            var keys = new java.util.ArrayList<String>();
            try (var statement = connection.createStatement(); var rows = statement.executeQuery("SELECT storage_key FROM images")) {
                while (rows.next()) {
                    keys.add(rows.getString(1));
                }
            }
            return keys;
        }
    }
}
