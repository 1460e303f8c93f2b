package news.dateline.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import news.dateline.support.SiteTest;
import org.junit.jupiter.api.Test;

/**
 * Whatever a controller makes of a page returned with its keys — a template, a {@code ResponseEntity} with its own
 * headers, or a response it streamed itself — the page cache keeps it under exactly those keys; an answer returned
 * without keys (an error page) is never kept.
 */
class KeyedAnswersTest extends SiteTest {

    private static List<String> keys(java.net.http.HttpResponse<?> response) {
        return List.of(response.headers().firstValue("Surrogate-Key").orElseThrow().split(" "));
    }

    @Test
    void everyKindOfAnswerIsKeptWithTheKeysItWasReturnedWith() {
        var search = untilCached("/search?q=keyed" + System.nanoTime());
        assertThat(keys(search)).containsExactly("search", "sections", "today");
        assertThat(search.headers().firstValue("X-Robots-Tag")).as("a header the controller set").hasValue("noindex, follow");

        var openSearch = untilCached("/opensearch.xml");
        assertThat(keys(openSearch)).containsExactly("site");
        assertThat(openSearch.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/opensearchdescription+xml");
        assertThat(keys(untilCached("/robots.txt"))).containsExactly("site");
        assertThat(keys(untilCached("/sitemaps/people.xml"))).containsExactly("people", "stories", "sections");
        assertThat(keys(untilCached("/feeds/rss.xml"))).startsWith("stories");

        newsdesk().published("Keyed answers " + System.nanoTime());
        var month = Pattern.compile("(/sitemaps/articles-[0-9-]+\\.xml)</loc>").matcher(get("/sitemap.xml").body());
        assertThat(month.find()).as("a month sitemap is listed").isTrue();
        var streamed = untilCached(month.group(1));
        assertThat(keys(streamed)).as("streamed by the controller itself").containsExactly("stories", "sections");
        assertThat(streamed.body()).contains("<urlset");
    }

    @Test
    void anAnswerWithoutKeysIsNeverKept() {
        String path = "/no-such-section-" + System.nanoTime();
        assertThat(get(path).statusCode()).isEqualTo(404);
        var again = get(path);
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(again.headers().firstValue("X-Cache")).isEmpty();
    }
}
