package news.dateline.articles;

/** A story's content changed (any state); {@code previousSlug} differs from the slug when its address moved. */
public record ArticleEdited(long articleId, String slug, String previousSlug) {
}
