package news.dateline.search;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.awaitility.Awaitility;

/**
 * What the search tests share: a made-up word per story that no other test uses, and waits for the index. Stories are
 * filed through {@link news.dateline.support.Newsdesk}.
 */
final class SearchFixtures {

    private static final Random RANDOM = new Random();
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
