package news.dateline.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * Reads the change journal after a cursor, in order, without missing late commits.
 *
 * <p>On PostgreSQL a seq is handed out when a row is inserted but becomes visible only when its transaction
 * commits, so seq 11 can be seen before seq 10. When the follower sees a hole in the numbers it remembers the
 * missing seqs and looks for them again on every poll until they appear or {@code gapTimeout} has passed (a
 * rolled-back transaction leaves a hole for ever). {@link #safeCursor()} never moves past a hole that may still
 * fill, so a subscriber that stores it replays from there after a crash. Not thread-safe: one follower per thread.
 */
public final class JournalFollower {

    /** Beyond this many missing seqs at once, older ones are no longer tracked (a sequence jump, not concurrency). */
    static final int MAX_TRACKED_GAPS = 1_000;

    private final ChangeJournal journal;
    private final Clock clock;
    private final Duration gapTimeout;
    private final TreeMap<Long, Instant> gaps = new TreeMap<>();
    private long cursor;

    public JournalFollower(ChangeJournal journal, long startAfter, Clock clock, Duration gapTimeout) {
        this.journal = journal;
        this.cursor = startAfter;
        this.clock = clock;
        this.gapTimeout = gapTimeout;
    }

    /** The next entries: late arrivals that filled a hole, then new ones; in seq order, each delivered once. */
    public List<JournalEntry> poll(int limit) {
        Instant now = clock.instant();
        List<JournalEntry> out = new ArrayList<>();
        if (!gaps.isEmpty()) {
            for (JournalEntry late : journal.find(gaps.keySet())) {
                gaps.remove(late.seq());
                out.add(late);
            }
            gaps.values().removeIf(noticed -> !noticed.plus(gapTimeout).isAfter(now));
        }
        for (JournalEntry entry : journal.after(cursor, limit)) {
            for (long missing = Math.max(cursor + 1, entry.seq() - MAX_TRACKED_GAPS); missing < entry.seq(); missing++) {
                gaps.put(missing, now);
            }
            cursor = entry.seq();
            out.add(entry);
        }
        while (gaps.size() > MAX_TRACKED_GAPS) {
            gaps.pollFirstEntry();
        }
        out.sort(Comparator.comparingLong(JournalEntry::seq));
        return out;
    }

    /** Every entry up to here has been delivered (or its hole has timed out): a subscriber may store it. */
    public long safeCursor() {
        return gaps.isEmpty() ? cursor : Math.min(cursor, gaps.firstKey() - 1);
    }

    /** The highest seq seen. */
    public long cursor() {
        return cursor;
    }

    /** Seqs seen missing that may still arrive. */
    public int openGaps() {
        return gaps.size();
    }
}
