package news.dateline.articles;

import java.time.Instant;

/**
 * A story was withdrawn for good (legal or editorial reasons).
 *
 * @param wasPublic whether readers could see it until now (a killed draft was never public)
 */
public record ArticleKilled(long articleId, Instant at, boolean wasPublic) implements StoryEvent {
}
