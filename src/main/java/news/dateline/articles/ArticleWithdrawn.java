package news.dateline.articles;

/** A story stopped being public (unpublished or killed). */
public record ArticleWithdrawn(long articleId, String slug, ArticleStatus status) {
}
