package news.dateline.search;

/** The search index on this node has just committed changes: search results may read differently now. */
public record SearchIndexChanged() {
}
