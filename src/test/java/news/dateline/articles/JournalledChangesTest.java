package news.dateline.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import news.dateline.platform.ChangeJournal;
import news.dateline.platform.ChangeKind;
import news.dateline.platform.JournalEntry;
import news.dateline.support.Database;
import news.dateline.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/** Every change to a story is journalled in its own transaction: committed together, or not at all. */
class JournalledChangesTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-05-08T06:30:00Z"));
    private HikariDataSource dataSource;

    @AfterEach
    void close() {
        if (dataSource != null) {
            dataSource.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void eachChangeIsJournalledAndARolledBackChangeLeavesNoEntry(Database database) {
        dataSource = database.fresh();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        ChangeJournal journal = new ChangeJournal(jdbc, clock, e -> { });
        Articles articles = Stories.articles(jdbc, clock, e -> { });
        ArticleWorkflow workflow = Stories.workflow(jdbc, clock, e -> { });
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        long section = insert(jdbc, "INSERT INTO sections (name, slug, position) VALUES ('World', 'world', 1)");
        long person = insert(jdbc, "INSERT INTO people (display_name, slug) VALUES ('Maria Okafor', 'maria-okafor')");
        NewArticle content = new NewArticle("Ferry strike ends", null, "", "Boats run again.", section, List.of(person), List.of(), null);

        Article story = tx.execute(s -> articles.file(content, Staff.SYSTEM));
        tx.executeWithoutResult(s -> workflow.publish(story.id()));
        tx.executeWithoutResult(s -> workflow.correct(story.id(), CorrectionKind.CORRECTION, "A date was wrong.", Staff.SYSTEM));
        tx.executeWithoutResult(s -> workflow.schedule(articles.file(content, Staff.SYSTEM).id(), clock.instant().plus(Duration.ofHours(1))));
        tx.executeWithoutResult(s -> workflow.unpublish(story.id()));
        tx.executeWithoutResult(s -> workflow.kill(story.id()));
        List<JournalEntry> entries = journal.after(0, 100);
        assertThat(entries).allMatch(e -> e.kind() == ChangeKind.ARTICLE);
        assertThat(entries).extracting(JournalEntry::entityId).containsExactly(story.id(), story.id(), story.id(),
                story.id() + 1, story.id() + 1, story.id(), story.id());

        long before = journal.latestSeq();
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            articles.file(content, Staff.SYSTEM);
            throw new IllegalStateException("crash before commit");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(journal.after(before, 10)).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM articles").query(Long.class).single()).isEqualTo(2);
    }

    private static long insert(JdbcClient jdbc, String sql) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(sql).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }
}
