package news.dateline.articles;

import java.time.Instant;

/** A dated notice appended to a published story. */
public record Correction(long id, CorrectionKind kind, String text, Instant createdAt, String createdBy) {

    /** The longest notice text accepted. */
    public static final news.dateline.platform.Limit TEXT = new news.dateline.platform.Limit(2_000);
}
