package news.dateline.search;

/**
 * Finds stories by their words. A seam: the Lucene index on this node today; an external search service could
 * stand behind it later. Never throws for bad input: odd queries give results or a friendly notice.
 */
public interface ArticleSearch {

    SearchResults find(SearchQuery query);
}
