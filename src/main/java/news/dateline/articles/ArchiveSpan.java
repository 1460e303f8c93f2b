package news.dateline.articles;

import java.time.Instant;

/**
 * A stretch of the public archive: how many stories it holds, the first and last publication times and the
 * latest time any of them changed for readers (all null when it holds none).
 */
public record ArchiveSpan(long stories, Instant firstPublished, Instant lastPublished, Instant lastModified) {
}
