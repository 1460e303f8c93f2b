package news.dateline.platform;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The durable change journal: every change to content is recorded here in the same database transaction as the
 * change itself, so what is committed is always journalled. Followers on each node read it in {@code seq} order
 * (see {@link JournalFollower}); old entries are pruned after a retention period.
 */
@Component
public class ChangeJournal {

    private static final String COLUMNS = "SELECT seq, kind, entity_id, recorded_at FROM change_journal ";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public ChangeJournal(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Records that {@code kind} {@code id} changed; must run inside the transaction that makes the change. Also
     * publishes {@link ContentChanged}, for listeners on this node that act once the transaction commits.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(ChangeKind kind, long id) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO change_journal (kind, entity_id, recorded_at) VALUES (?, ?, ?)")
                .params(kind.code(), id, Instants.toSql(clock.instant())).update(keys, "seq");
        Number seq = keys.getKeyList().isEmpty() ? null : (Number) keys.getKeyList().get(0).values().iterator().next();
        events.publishEvent(new ContentChanged(kind, id, seq == null ? -1 : seq.longValue()));
    }

    /** Up to {@code limit} committed entries after {@code seq}, in order. */
    public List<JournalEntry> after(long seq, int limit) {
        return jdbc.sql(COLUMNS + "WHERE seq > ? ORDER BY seq LIMIT ?").params(seq, limit).query(ChangeJournal::entry).list();
    }

    /** The committed entries among {@code seqs} (those still missing are not committed yet, or never will be). */
    public List<JournalEntry> find(Collection<Long> seqs) {
        if (seqs.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + "WHERE seq IN (:seqs) ORDER BY seq").param("seqs", List.copyOf(seqs))
                .query(ChangeJournal::entry).list();
    }

    /** The highest committed seq, 0 when the journal is empty. */
    public long latestSeq() {
        return jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM change_journal").query(Long.class).single();
    }

    /** The lowest seq still kept, 0 when the journal is empty. */
    public long oldestSeq() {
        return jdbc.sql("SELECT COALESCE(MIN(seq), 0) FROM change_journal").query(Long.class).single();
    }

    /**
     * A cursor to follow from after rebuilding from the database: the last entry recorded before {@code before}.
     * Later entries (some may still be in flight in other transactions) are replayed; replaying is harmless.
     */
    public long settledBefore(Instant before) {
        return jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM change_journal WHERE recorded_at < ?")
                .param(Instants.toSql(before)).query(Long.class).single();
    }

    /**
     * Deletes entries recorded before {@code before}, always keeping the newest one (so the journal still tells
     * how far it has come); returns how many were deleted.
     */
    public int prune(Instant before) {
        return jdbc.sql("DELETE FROM change_journal WHERE recorded_at < ? AND seq < (SELECT MAX(seq) FROM change_journal)")
                .param(Instants.toSql(before)).update();
    }

    private static JournalEntry entry(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Instant recorded = Instants.read(rs, "recorded_at");
        return new JournalEntry(rs.getLong("seq"), ChangeKind.fromCode(rs.getString("kind")), rs.getLong("entity_id"), recorded);
    }
}
