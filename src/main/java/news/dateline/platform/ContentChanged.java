package news.dateline.platform;

/**
 * Published (inside the changing transaction) for every change recorded in the {@link ChangeJournal}, so that
 * this node can react the moment the transaction commits; other nodes learn of it by following the journal.
 * {@code seq} is the entry's place in the journal, so this node can skip it when its follower delivers it.
 */
public record ContentChanged(ChangeKind kind, long entityId, long seq) {
}
