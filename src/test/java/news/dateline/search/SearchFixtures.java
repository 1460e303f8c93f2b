package news.dateline.search;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import news.dateline.articles.Article;
import news.dateline.articles.ArticleWorkflow;
import news.dateline.articles.Articles;
import news.dateline.articles.NewArticle;
import news.dateline.articles.Staff;
import org.awaitility.Awaitility;

/** Stories for search tests, each marked with a made-up word no other test uses. */
final class SearchFixtures {

    private static final Random RANDOM = new Random();
    /** The byline of stories that name none (every story needs one): set by each test class. */
    static volatile long defaultByline;
    /**
     * The newsroom account filing the stories, or null: in the shared demo application stories are filed by an
     * account, as the newsroom does (stories without an owner are the demo's own).
     */
    static volatile Long owner;

    private SearchFixtures() {
    }

    /** A word of letters found in no dictionary (and so in no other test's stories), e.g. "qxvomartel". */
    static String uniqueWord() {
        StringBuilder word = new StringBuilder("qx");
        for (int i = 0; i < 7; i++) {
            word.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return word.append("l").toString();
    }

    static Article draft(Articles articles, long section, String headline, String standfirst, String body,
                         List<Long> bylines, List<String> tags) {
        return articles.file(new NewArticle(headline, null, standfirst, body, section,
                bylines.isEmpty() ? List.of(defaultByline) : bylines, tags, null), new Staff(owner, "Search Test"));
    }

    static Article published(Articles articles, ArticleWorkflow workflow, long section, String headline, String body, Instant at) {
        Article draft = draft(articles, section, headline, "", body, List.of(), List.of());
        return workflow.publishAsOf(draft.id(), at);
    }

    /** Waits (up to ten seconds) until the search finds exactly these stories, in this order. */
    static void awaitFound(ArticleSearch search, SearchQuery query, List<Long> ids) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> ids(search.find(query)).equals(ids));
    }

    /**
     * Waits (up to ten seconds) until the search finds exactly these stories, in any order: wait for every story a test
     * then asserts on, not for one of them (each is indexed on its own, so one being found says nothing of another).
     */
    static void awaitIndexed(ArticleSearch search, SearchQuery query, List<Long> ids) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> new java.util.HashSet<>(ids(search.find(query))).equals(new java.util.HashSet<>(ids)));
    }

    static List<Long> ids(SearchResults results) {
        return results.hits().stream().map(h -> h.article().id()).toList();
    }

    static SearchQuery readers(String text) {
        return SearchQuery.forReaders(text, 10);
    }

    static SearchQuery newsroom(String text) {
        return new SearchQuery(text, Audience.NEWSROOM, null, null, null, null, null, null, SearchOrder.RELEVANCE, 1, 10);
    }
}
