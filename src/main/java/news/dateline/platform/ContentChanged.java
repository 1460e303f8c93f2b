package news.dateline.platform;

/**
 * Published (inside the changing transaction) for every change recorded in the {@link ChangeJournal}, so that
 * this node can react the moment the transaction commits; other nodes learn of it by following the journal.
 */
public record ContentChanged(ChangeKind kind, long entityId) {
}
