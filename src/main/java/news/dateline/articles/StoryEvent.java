package news.dateline.articles;

import java.time.Instant;

/**
 * Something that happened to a story that systems outside the newsroom hear of (webhooks): published synchronously,
 * inside the transaction that makes the change, so a listener that writes to the database (an outbox) commits or rolls
 * back with the change itself. The page cache and the search index do not need these: they follow the change journal.
 */
public sealed interface StoryEvent permits ArticlePublished, ArticleUpdated, ArticleCorrected, ArticleUnpublished,
        ArticleKilled, ArticleScheduled {

    long articleId();

    /** When it happened (the injected clock's time of the change). */
    Instant at();
}
