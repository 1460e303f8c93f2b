package news.dateline.api.content;

import java.util.ArrayList;
import java.util.List;
import news.dateline.articles.Article;
import news.dateline.pagecache.KeyedPage;
import news.dateline.pagecache.PageKeys;
import news.dateline.search.ArticleSearch;
import news.dateline.search.Audience;
import news.dateline.search.SearchHit;
import news.dateline.search.SearchOrder;
import news.dateline.search.SearchQuery;
import news.dateline.search.SearchResults;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;

/** Search for apps: the readers' search (public stories only) with the site's limits, best matches first. */
@Controller
class ContentSearchController {

    static final List<String> PARAMETERS = List.of("q", "page", "limit");
    static final int MAX_PAGE = 50;
    static final int MAX_QUERY = 500;

    private final ArticleSearch search;
    private final StoryDocuments documents;
    private final ContentAnswers answers;

    ContentSearchController(ArticleSearch search, StoryDocuments documents, ContentAnswers answers) {
        this.search = search;
        this.documents = documents;
        this.answers = answers;
    }

    /**
     * @param notice something to tell the person about their query (it was shortened...), or null
     */
    record ContentSearchResults(String query, long total, int page, int limit, boolean similarSpellings,
                                @Nullable String notice, List<Result> results) {
    }

    record Result(String snippetHtml, ContentStory story) {
    }

    @GetMapping("/api/v1/search")
    KeyedPage<ResponseEntity<byte[]>> search(HttpServletRequest request) {
        ContentQuery query = ContentQuery.of(request);
        String q = query.get("q");
        String page = query.get("page");
        String limit = query.get("limit");

        String text = ContentAnswers.text("q", q, MAX_QUERY);
        int number = ContentAnswers.number("page", page, 1, MAX_PAGE, 1);
        int size = ContentAnswers.number("limit", limit, 1, SearchQuery.MAX_PAGE_SIZE, 10);
        SearchResults results = search.find(new SearchQuery(text, Audience.PUBLIC, null, null, null, null, null, null,
                SearchOrder.RELEVANCE, number, size));
        var keys = PageKeys.builder().add(PageKeys.SEARCH);
        List<Article> stories = results.hits().stream().map(SearchHit::article).toList();
        List<ContentStory> docs = documents.documents(stories, keys);
        List<Result> found = new ArrayList<>();
        for (SearchHit hit : results.hits()) {
            docs.stream().filter(d -> d.id() == hit.article().id()).findFirst()
                    .ifPresent(d -> found.add(new Result(hit.snippetHtml(), d)));
        }
        return answers.answer(new ContentSearchResults(text, results.total(), number, size, results.similarSpellings(),
                results.notice(), found), keys.build());
    }
}
