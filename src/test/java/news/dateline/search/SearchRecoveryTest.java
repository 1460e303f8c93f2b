package news.dateline.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import news.dateline.DatelineApplication;
import news.dateline.articles.Article;
import news.dateline.articles.ArticleWorkflow;
import news.dateline.articles.Articles;
import news.dateline.articles.Staff;
import news.dateline.people.People;
import news.dateline.platform.ChangeJournal;
import news.dateline.sections.Sections;
import news.dateline.support.Database;
import news.dateline.support.Newsdesk;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The index survives what a node goes through: a crash between saving a story and indexing it (the journal is
 * replayed on the next start), and a deleted or corrupt index directory (rebuilt from the database).
 */
class SearchRecoveryTest {

    @ParameterizedTest
    @EnumSource(Database.class)
    void theIndexCatchesUpAfterACrashAndIsRebuiltWhenMissingOrCorrupt(Database database) throws Exception {
        String url = database.newDatabaseUrl();
        Path data = Files.createTempDirectory("dateline-search-recovery");
        Path index = data.resolve("search-index");
        String first = SearchFixtures.uniqueWord();
        String second = SearchFixtures.uniqueWord();
        long firstId;
        long secondId;

        try (var app = start(database, url, data, true)) {
            firstId = story(app, "Before the crash " + first).id();
            SearchFixtures.awaitFound(search(app), SearchFixtures.readers(first), List.of(firstId));
        }
        long cursorBefore = committedCursor(index);

        try (var app = start(database, url, data, false)) {
            secondId = story(app, "Saved but never indexed " + second).id();
            assertThat(app.getBean(ChangeJournal.class).latestSeq()).isGreaterThan(cursorBefore);
        }
        assertThat(committedCursor(index)).as("the crashed node never indexed the second story").isEqualTo(cursorBefore);

        try (var app = start(database, url, data, true)) {
            SearchFixtures.awaitFound(search(app), SearchFixtures.readers(second), List.of(secondId));
            SearchFixtures.awaitFound(search(app), SearchFixtures.readers(first), List.of(firstId));
        }

        deleteAll(index);
        try (var app = start(database, url, data, true)) {
            SearchFixtures.awaitFound(search(app), SearchFixtures.readers(first + " OR " + second), List.of());
            SearchFixtures.awaitFound(search(app), SearchFixtures.readers(second), List.of(secondId));
            SearchFixtures.awaitFound(search(app), SearchFixtures.readers(first), List.of(firstId));
        }

        try (Stream<Path> files = Files.list(index)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
                Files.write(file, "not an index".getBytes());
            }
        }
        try (var app = start(database, url, data, true)) {
            SearchFixtures.awaitFound(search(app), SearchFixtures.readers(second), List.of(secondId));
            SearchFixtures.awaitFound(search(app), SearchFixtures.readers(first), List.of(firstId));
        }
    }

    private static ConfigurableApplicationContext start(Database database, String url, Path data, boolean follow) {
        Map<String, Object> properties = new java.util.HashMap<>(Map.of(
                "server.port", "0",
                "dateline.database.url", url,
                "dateline.data-dir", data.toString(),
                "dateline.demo.enabled", "false",
                "dateline.journal.follow", Boolean.toString(follow),
                "dateline.media.warm-up", "false"));
        if (database == Database.POSTGRESQL) {
            properties.put("dateline.database.username", "postgres");
        }
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(DatelineApplication.class).run(args);
    }

    private static Article story(ConfigurableApplicationContext app, String headline) {
        Sections sections = app.getBean(Sections.class);
        People people = app.getBean(People.class);
        long section = sections.bySlug("world").orElseGet(() -> sections.create("World", "world", 1)).id();
        long person = people.bySlug("recovery-reporter")
                .orElseGet(() -> people.create("Recovery Reporter", "recovery-reporter", "", null)).id();
        Newsdesk desk = new Newsdesk(app.getBean(Articles.class), app.getBean(ArticleWorkflow.class), sections, people,
                new Staff(null, "Search Test"));
        return desk.publishedAsOf(section, headline, "Body text.", List.of(person), Instant.now().minus(Duration.ofMinutes(5)));
    }

    private static ArticleSearch search(ConfigurableApplicationContext app) {
        return app.getBean(ArticleSearch.class);
    }

    private static long committedCursor(Path index) throws IOException {
        try (var directory = FSDirectory.open(index); var reader = DirectoryReader.open(directory)) {
            return Long.parseLong(reader.getIndexCommit().getUserData().get("journal.cursor"));
        }
    }

    private static void deleteAll(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
