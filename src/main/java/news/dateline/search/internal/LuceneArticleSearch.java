package news.dateline.search.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.dateline.articles.Article;
import news.dateline.articles.Articles;
import news.dateline.articles.PublishedStories;
import news.dateline.search.ArticleSearch;
import news.dateline.search.Audience;
import news.dateline.search.SearchHit;
import news.dateline.search.SearchQuery;
import news.dateline.search.SearchResults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Search on this node's Lucene index. The stories found are read from the database, and for readers only those
 * public right now are kept, so an index a moment behind can never show what is not (or no longer) published.
 */
@Service
class LuceneArticleSearch implements ArticleSearch {

    private static final Logger log = LoggerFactory.getLogger(LuceneArticleSearch.class);

    static final String EMPTY = "Type a word or two to search, or a \"phrase in quotes\".";
    static final String SHORTENED = "That was a long search, so only its first " + QueryText.MAX_LENGTH + " characters were used.";
    static final String TOO_DEEP = "That is further than search results go. Try more words or a filter to narrow the search.";
    static final String UNAVAILABLE = "Search is not available at the moment. Please try again shortly.";

    private final Finder finder;
    private final Articles articles;
    private final PublishedStories published;
    private final Clock clock;

    LuceneArticleSearch(SearchIndex index, Articles articles, PublishedStories published, Clock clock) {
        this.finder = new Finder(index);
        this.articles = articles;
        this.published = published;
        this.clock = clock;
    }

    @Override
    public SearchResults find(SearchQuery query) {
        QueryText text = QueryText.parse(query.text());
        if (text.isEmpty() && !listsEverything(query)) {
            return SearchResults.none(query.pageSize(), query.text().isBlank() ? null : EMPTY);
        }
        try {
            Finder.Found found = finder.find(text, query, clock.instant());
            List<Article> stories = inOrder(found.ids(), query.audience() == Audience.PUBLIC
                    ? published.publicAmong(found.ids()) : articles.byIds(found.ids()));
            List<SearchHit> hits = stories.stream()
                    .map(a -> new SearchHit(a, found.snippets().getOrDefault(a.id(), ""))).toList();
            String notice = text.shortened() ? SHORTENED
                    : hits.isEmpty() && (long) (query.page() - 1) * query.pageSize() >= Finder.MAX_DEPTH ? TOO_DEEP : null;
            return new SearchResults(hits, found.total(), query.page(), query.pageSize(), found.similarSpellings(), notice);
        } catch (Exception e) {
            log.error("Search for \"{}\" failed", query.text().length() > 100 ? query.text().substring(0, 100) : query.text(), e);
            return SearchResults.none(query.pageSize(), UNAVAILABLE);
        }
    }

    /** A newsroom search with no text at all lists every story its filters allow, newest first. */
    private static boolean listsEverything(SearchQuery query) {
        return query.audience() == Audience.NEWSROOM && query.text().isBlank();
    }

    /** The stories in the order the index ranked them (the database returns them in no particular order). */
    private static List<Article> inOrder(List<Long> ids, List<Article> stories) {
        Map<Long, Article> byId = stories.stream().collect(Collectors.toMap(Article::id, Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }
}
