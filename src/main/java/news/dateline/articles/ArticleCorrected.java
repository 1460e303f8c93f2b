package news.dateline.articles;

import java.time.Instant;

/** A correction, clarification or update notice was appended to a published story. */
public record ArticleCorrected(long articleId, Instant at, long correctionId, CorrectionKind kind) implements StoryEvent {
}
