package news.dateline.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import news.dateline.accounts.Accounts;
import news.dateline.accounts.Role;
import news.dateline.articles.Article;
import news.dateline.sections.Sections;
import news.dateline.support.NewsroomClient;
import news.dateline.support.SiteTest;
import news.dateline.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Only a real staff sign-in bypasses the page cache: made-up query parameters, session cookies, staff markers and
 * {@code Authorization} headers are answered from the cache like any reader.
 */
class CacheBypassTest extends SiteTest {

    @Autowired
    Sections sections;
    @Autowired
    Accounts accounts;

    private String storyPath() {
        Article story = newsdesk().published("Cache bypass " + System.nanoTime());
        return sections.byId(story.sectionId()).orElseThrow().path() + "/" + story.slug();
    }

    private HttpResponse<String> get(String path, String... headers) {
        var request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    private static String cache(HttpResponse<?> response) {
        return response.headers().firstValue("X-Cache").orElse("");
    }

    @Test
    void queryParametersAPageDoesNotUseMakeNoNewEntries() {
        String path = storyPath();
        String page = untilCached(path).body();
        for (String query : new String[] {"?utm_source=x", "?a=1", "?utm_source=x&utm_medium=y&fbclid=z", "?q=word", "?"}) {
            var response = get(path + query);
            assertThat(cache(response)).as(query).isEqualTo("HIT");
            assertThat(response.body()).as(query).isEqualTo(page);
        }
    }

    @Test
    void searchIsKeyedByItsOwnParametersOnly() {
        String word = "bypass" + System.nanoTime();
        String results = untilCached("/search?q=" + word + "&page=1").body();
        assertThat(cache(get("/search?page=1&q=" + word))).as("order does not matter").isEqualTo("HIT");
        var tagged = get("/search?utm_source=news&q=" + word + "&page=1&gclid=abc");
        assertThat(cache(tagged)).isEqualTo("HIT");
        assertThat(tagged.body()).isEqualTo(results);
        assertThat(cache(get("/search?q=" + word + "x&page=1"))).as("another query is another page").isEqualTo("MISS");
        assertThat(cache(get("/search?%71=" + word + "&page=1"))).as("a name spelled with escapes is the same name")
                .isEqualTo("HIT");
    }

    @Test
    void madeUpSessionCookiesStaffMarkersAndAuthorizationHeadersAreReaders() {
        String path = storyPath();
        untilCached(path);
        String[][] forged = {
                {"Cookie", "DATELINE_SESSION=" + java.util.UUID.randomUUID()},
                {"Cookie", "DATELINE_SESSION=anything; DATELINE_STAFF=9999999999.forged"},
                {"Cookie", "DATELINE_STAFF=" + (System.currentTimeMillis() / 1000 + 3600) + ".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"},
                {"Cookie", "DATELINE_STAFF="},
                {"Authorization", "Basic YWRtaW46YWRtaW4="},
                {"Authorization", "Bearer made-up"}};
        for (String[] header : forged) {
            var response = get(path, header);
            assertThat(cache(response)).as(header[1]).isEqualTo("HIT");
            assertThat(response.headers().firstValue("Cache-Control").orElse("")).as(header[1]).startsWith("public");
        }
    }

    @Test
    void aSignedInEditorBypassesTheCacheUntilSigningOut() {
        String path = storyPath();
        untilCached(path);
        NewsroomClient editor = new NewsroomClient(port);
        editor.signIn(TestAccounts.create(accounts, Role.EDITOR, null).username(), TestAccounts.PASSWORD);
        var fresh = editor.get(path + "?utm_source=x");
        assertThat(fresh.statusCode()).isEqualTo(200);
        assertThat(cache(fresh)).isEmpty();
        assertThat(fresh.headers().firstValue("Cache-Control")).hasValue("private, no-store");

        editor.get("/newsroom");
        var signedOut = editor.post("/newsroom/logout", java.util.Map.of());
        assertThat(signedOut.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                .startsWith("DATELINE_STAFF=").contains("Max-Age=0"));
        assertThat(cache(editor.get(path))).as("signed out: a reader again").isEqualTo("HIT");
    }
}
