package news.dateline.articles;

import java.time.Instant;

/** A dated notice appended to a published story. */
public record Correction(long id, CorrectionKind kind, String text, Instant createdAt, String createdBy) {
}
