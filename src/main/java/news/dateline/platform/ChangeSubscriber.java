package news.dateline.platform;

import java.util.List;
import java.util.OptionalLong;

/**
 * Something on this node that follows the change journal (the search index; later the page cache). The journal
 * pump asks each subscriber bean where it stands once, then hands it every new entry in order. Applying an
 * entry must be idempotent: after a crash, entries after the durable cursor are delivered again.
 */
public interface ChangeSubscriber {

    /** A name for logs. */
    String name();

    /** The cursor this subscriber has durably applied up to, or empty when it has no usable state (rebuild). */
    OptionalLong appliedUpTo();

    /**
     * Applies new entries. {@code safeCursor} is the seq up to which every entry has now been delivered: store it
     * with the applied state, and report it from {@link #appliedUpTo()} after a restart.
     */
    void apply(List<JournalEntry> entries, long safeCursor);

    /**
     * Starts over from the database as it is now (its state is missing, or the journal no longer holds the entries
     * after its cursor). Afterwards store {@code cursor}: the entries after it are delivered next.
     */
    void rebuild(long cursor);
}
