package news.dateline.platform;

import java.time.Instant;

/** One change in the journal: its place in order ({@code seq}), what changed and when it was recorded. */
public record JournalEntry(long seq, ChangeKind kind, long entityId, Instant recordedAt) {
}
