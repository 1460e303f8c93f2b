package news.dateline.articles;

import java.time.Instant;

/**
 * A published story's content was saved again (also a minor fix or an autosave: what readers see changed).
 *
 * @param minor a typo or formatting fix that does not move the story's "Updated On" time
 */
public record ArticleUpdated(long articleId, Instant at, boolean minor) implements StoryEvent {
}
