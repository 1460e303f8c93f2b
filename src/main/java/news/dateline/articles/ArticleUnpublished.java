package news.dateline.articles;

import java.time.Instant;

/** A published, scheduled or embargoed story was taken back (it may be published again). */
public record ArticleUnpublished(long articleId, Instant at) implements StoryEvent {
}
