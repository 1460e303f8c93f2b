package news.dateline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import news.dateline.support.Database;
import news.dateline.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The change journal and its follower, on SQLite and PostgreSQL; late commits on PostgreSQL are not missed. */
class ChangeJournalTest {

    private static final Instant T0 = Instant.parse("2025-05-08T06:30:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private final List<Object> events = new java.util.concurrent.CopyOnWriteArrayList<>();
    private HikariDataSource dataSource;
    private ChangeJournal journal;

    private void open(Database database) {
        dataSource = database.fresh();
        journal = new ChangeJournal(JdbcClient.create(dataSource), clock, events::add);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void recordingAnnouncesTheChangeWithItsPlaceInTheJournal(Database database) {
        open(database);
        var tx = new org.springframework.transaction.support.TransactionTemplate(
                new org.springframework.jdbc.datasource.DataSourceTransactionManager(dataSource));
        tx.executeWithoutResult(status -> {
            journal.record(ChangeKind.ARTICLE, 7);
            journal.record(ChangeKind.IMAGE, 9);
        });
        List<JournalEntry> entries = journal.after(0, 10);
        assertThat(events).containsExactly(new ContentChanged(ChangeKind.ARTICLE, 7, entries.get(0).seq()),
                new ContentChanged(ChangeKind.IMAGE, 9, entries.get(1).seq()));
    }

    @AfterEach
    void close() {
        if (dataSource != null) {
            dataSource.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void entriesAreReadInOrderAfterACursorAndPrunedAfterRetention(Database database) throws SQLException {
        open(database);
        try (Connection c = dataSource.getConnection()) {
            insert(c, ChangeKind.ARTICLE, 7);
            clock.advance(Duration.ofDays(8));
            insert(c, ChangeKind.SECTION, 2);
            insert(c, ChangeKind.PERSON, 3);
        }
        List<JournalEntry> all = journal.after(0, 10);
        assertThat(all).extracting(JournalEntry::kind).containsExactly(ChangeKind.ARTICLE, ChangeKind.SECTION, ChangeKind.PERSON);
        assertThat(all).extracting(JournalEntry::entityId).containsExactly(7L, 2L, 3L);
        assertThat(all.get(0).recordedAt()).isEqualTo(T0);
        assertThat(journal.after(all.get(0).seq(), 1)).extracting(JournalEntry::entityId).containsExactly(2L);
        assertThat(journal.settledBefore(T0.plus(Duration.ofDays(1)))).isEqualTo(all.get(0).seq());

        assertThat(journal.prune(clock.instant().minus(Duration.ofDays(7)))).isEqualTo(1);
        assertThat(journal.oldestSeq()).isEqualTo(all.get(1).seq());
        clock.advance(Duration.ofDays(30));
        assertThat(journal.prune(clock.instant().minus(Duration.ofDays(7)))).as("the newest entry is always kept").isEqualTo(1);
        assertThat(journal.latestSeq()).isEqualTo(all.get(2).seq());
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void theFollowerDeliversEachEntryOnceAndItsSafeCursorKeepsUp(Database database) throws SQLException {
        open(database);
        JournalFollower follower = new JournalFollower(journal, 0, clock, Duration.ofMinutes(1));
        assertThat(follower.poll(10)).isEmpty();
        try (Connection c = dataSource.getConnection()) {
            insert(c, ChangeKind.ARTICLE, 1);
            insert(c, ChangeKind.ARTICLE, 2);
        }
        assertThat(follower.poll(10)).extracting(JournalEntry::entityId).containsExactly(1L, 2L);
        assertThat(follower.poll(10)).isEmpty();
        assertThat(follower.safeCursor()).isEqualTo(journal.latestSeq());
    }

    /** Two overlapping transactions: the later seq commits first; the earlier one must still be delivered. */
    @Test
    void onPostgresqlAnEntryThatCommitsAfterALaterOneIsStillDelivered() throws SQLException {
        open(Database.POSTGRESQL);
        JournalFollower follower = new JournalFollower(journal, 0, clock, Duration.ofMinutes(1));
        try (Connection slow = dataSource.getConnection(); Connection fast = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            insert(slow, ChangeKind.ARTICLE, 10);
            insert(fast, ChangeKind.ARTICLE, 11);

            List<JournalEntry> first = follower.poll(10);
            assertThat(first).extracting(JournalEntry::entityId).containsExactly(11L);
            assertThat(follower.openGaps()).isEqualTo(1);
            assertThat(follower.safeCursor()).as("not past the open transaction's seq").isEqualTo(first.get(0).seq() - 2);

            slow.commit();
            List<JournalEntry> late = follower.poll(10);
            assertThat(late).extracting(JournalEntry::entityId).containsExactly(10L);
            assertThat(follower.openGaps()).isZero();
            assertThat(follower.safeCursor()).isEqualTo(first.get(0).seq());

            insert(slow, ChangeKind.ARTICLE, 12);
            slow.rollback();
            insert(fast, ChangeKind.ARTICLE, 13);
            assertThat(follower.poll(10)).extracting(JournalEntry::entityId).containsExactly(13L);
            long stuck = follower.safeCursor();
            assertThat(stuck).isLessThan(follower.cursor());
            clock.advance(Duration.ofMinutes(2));
            assertThat(follower.poll(10)).as("a rolled-back seq never arrives").isEmpty();
            assertThat(follower.safeCursor()).isEqualTo(follower.cursor());
        }
    }

    private void insert(Connection c, ChangeKind kind, long id) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO change_journal (kind, entity_id, recorded_at) VALUES (?, ?, ?)")) {
            insert.setString(1, kind.code());
            insert.setLong(2, id);
            insert.setTimestamp(3, Timestamp.from(clock.instant()));
            insert.executeUpdate();
        }
    }
}
