package news.dateline.articles;

/** Where a story is in its life. Only {@link #PUBLISHED} stories whose publication time has come are public. */
public enum ArticleStatus {
    DRAFT,
    PUBLISHED,
    UNPUBLISHED
}
