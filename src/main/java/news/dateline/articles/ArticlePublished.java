package news.dateline.articles;

import java.time.Instant;

/** A story went public (first publication or re-publication). */
public record ArticlePublished(long articleId, String slug, Instant publishedAt) {
}
