package news.dateline.articles;

import java.time.Instant;

/**
 * A story was set to go out at {@code releaseAt}: scheduled, or held under embargo until then.
 *
 * @param embargo whether it is an embargo (visible nowhere public before then) rather than a schedule
 */
public record ArticleScheduled(long articleId, Instant at, Instant releaseAt, boolean embargo) implements StoryEvent {
}
