package news.dateline.articles;

import java.time.Instant;

/** A story became public: published by an editor, released at its scheduled or embargo time, or imported as published. */
public record ArticlePublished(long articleId, Instant at) implements StoryEvent {
}
