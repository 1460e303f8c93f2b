package news.dateline.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.decoder.Decoder;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import news.dateline.accounts.Accounts;
import news.dateline.accounts.Role;
import news.dateline.articles.Article;
import news.dateline.articles.Articles;
import news.dateline.sections.Sections;
import news.dateline.support.NewsroomClient;
import news.dateline.support.SiteTest;
import news.dateline.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What a browser or CDN sees of cached pages: validators, 304, codings, lengths, keys, and what is never cached. */
class PageCacheHttpTest extends SiteTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    Articles articles;
    @Autowired
    Sections sections;
    @Autowired
    Accounts accounts;

    private HttpResponse<byte[]> fetch(String method, String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url(path))).method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * The page once it is served from the cache: a build that overlapped a change (here, the first most-read list
     * of a new section being computed) is served but not kept, so it may take another request.
     */
    private HttpResponse<byte[]> hit(String path) {
        return org.awaitility.Awaitility.await(path + " served from the page cache").atMost(java.time.Duration.ofSeconds(10))
                .pollDelay(java.time.Duration.ZERO).pollInterval(java.time.Duration.ofMillis(10))
                .until(() -> fetch("GET", path), r -> r.headers().firstValue("X-Cache").orElse("").equals("HIT"));
    }

    private Article story() {
        return newsdesk().published("Cache semantics");
    }

    @Test
    void aPageIsBuiltOnceThenServedWithStrongValidatorsLengthAndCdnPolicy() throws Exception {
        Article story = story();
        String path = sections.byId(story.sectionId()).orElseThrow().path() + "/" + story.slug();
        var first = fetch("GET", path);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("X-Cache")).hasValue("MISS");
        var second = hit(path);
        assertThat(second.body()).isEqualTo(first.body());
        String etag = second.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).startsWith("\"").endsWith("\"").doesNotStartWith("W/");
        assertThat(first.headers().firstValue("ETag")).hasValue(etag);
        assertThat(second.headers().firstValueAsLong("Content-Length")).hasValue((long) second.body().length);
        assertThat(second.headers().firstValue("Cache-Control").orElseThrow())
                .contains("public").contains("s-maxage=").contains("stale-while-revalidate=").contains("stale-if-error=");
        assertThat(second.headers().firstValue("Vary").orElseThrow()).containsIgnoringCase("Accept-Encoding");
        assertThat(second.headers().firstValue("Last-Modified")).isPresent();
        assertThat(second.headers().firstValue("X-Frame-Options")).as("security headers are kept").hasValue("DENY");
        assertThat(second.headers().allValues("Set-Cookie")).isEmpty();

        var revalidated = fetch("GET", path, "If-None-Match", etag);
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();
        assertThat(revalidated.headers().firstValue("ETag")).hasValue(etag);
        assertThat(fetch("GET", path, "If-None-Match", "\"something-else\"").statusCode()).isEqualTo(200);
        String lastModified = second.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(fetch("GET", path, "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
        assertThat(fetch("GET", path, "If-Modified-Since", "Thu, 01 Jan 2015 00:00:00 GMT").statusCode()).isEqualTo(200);
        assertThat(fetch("GET", path, "If-Modified-Since", "not a date").statusCode()).isEqualTo(200);

        var head = fetch("HEAD", path);
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValueAsLong("Content-Length")).hasValue((long) first.body().length);
    }

    @Test
    void gzipAndBrotliAreNegotiatedAndDecodeToTheSamePage() throws Exception {
        Article story = story();
        String path = sections.byId(story.sectionId()).orElseThrow().path() + "/" + story.slug();
        byte[] plain = fetch("GET", path).body();
        String plainTag = fetch("GET", path).headers().firstValue("ETag").orElseThrow();

        var gzip = fetch("GET", path, "Accept-Encoding", "gzip");
        assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzip.headers().firstValueAsLong("Content-Length")).hasValue((long) gzip.body().length);
        assertThat(gzip.body().length).isLessThan(plain.length / 2);
        assertThat(new GZIPInputStream(new ByteArrayInputStream(gzip.body())).readAllBytes()).isEqualTo(plain);
        String gzipTag = gzip.headers().firstValue("ETag").orElseThrow();
        assertThat(gzipTag).isNotEqualTo(plainTag);

        var brotli = fetch("GET", path, "Accept-Encoding", "gzip, deflate, br, zstd");
        assertThat(brotli.headers().firstValue("Content-Encoding")).hasValue("br");
        Brotli4jLoader.ensureAvailability();
        assertThat(Decoder.decompress(brotli.body()).getDecompressedData()).isEqualTo(plain);

        assertThat(fetch("GET", path, "Accept-Encoding", "br;q=0, gzip").headers().firstValue("Content-Encoding"))
                .hasValue("gzip");
        assertThat(fetch("GET", path, "Accept-Encoding", "identity").headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(fetch("GET", path, "If-None-Match", gzipTag).statusCode())
                .as("a validator from any coding names the same page").isEqualTo(304);
    }

    @Test
    void surrogateKeysNameTheStorySectionPeopleAndListsOnThePage() throws Exception {
        Article story = story();
        var section = sections.byId(story.sectionId()).orElseThrow();
        var response = fetch("GET", section.path() + "/" + story.slug());
        var keys = java.util.List.of(response.headers().firstValue("Surrogate-Key").orElseThrow().split(" "));
        assertThat(keys).contains("article-" + story.id(), "section-" + section.id(), "person-" + story.bylines().get(0),
                "section-stories-" + section.id(), "sections", "most-read");
        assertThat(response.headers().firstValue("Cache-Tag").orElseThrow().split(",")).containsExactlyElementsOf(keys);

        var front = fetch("GET", section.path());
        assertThat(front.headers().firstValue("Surrogate-Key").orElseThrow().split(" "))
                .contains("article-" + story.id(), "section-stories-" + section.id(), "most-read-" + section.id());
        var home = fetch("GET", "/");
        assertThat(home.headers().firstValue("Surrogate-Key").orElseThrow().split(" ")).contains("stories", "most-read");
    }

    @Test
    void signedInStaffAreNeverServedFromNorStoredInTheCache() throws Exception {
        Article story = story();
        String path = sections.byId(story.sectionId()).orElseThrow().path() + "/" + story.slug();
        NewsroomClient newsroom = new NewsroomClient(port);
        newsroom.signIn(TestAccounts.create(accounts, Role.EDITOR, null).username(), TestAccounts.PASSWORD);
        var signedIn = newsroom.get(path);
        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(signedIn.headers().firstValue("X-Cache")).isEmpty();
        assertThat(signedIn.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(fetch("GET", path).headers().firstValue("X-Cache")).as("not stored for readers either").hasValue("MISS");
        assertThat(newsroom.get(path).headers().firstValue("X-Cache")).as("a cached page is not served to staff").isEmpty();

        var desk = newsroom.get("/newsroom");
        assertThat(desk.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(desk.headers().firstValue("X-Cache")).isEmpty();
    }

    @Test
    void aCountedViewDoesNotDropThePageAndErrorsAreNotCached() throws Exception {
        Article story = story();
        String path = sections.byId(story.sectionId()).orElseThrow().path() + "/" + story.slug();
        hit(path);
        var beacon = fetch("POST", "/views/" + story.id(), "User-Agent",
                "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36");
        assertThat(new String(beacon.body(), StandardCharsets.UTF_8)).contains("\"counted\":true");
        assertThat(fetch("GET", path).headers().firstValue("X-Cache")).hasValue("HIT");

        assertThat(fetch("GET", "/no-such-section-" + System.nanoTime()).statusCode()).isEqualTo(404);
        var missing = fetch("GET", path + "-missing");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("X-Cache")).isEmpty();
        assertThat(fetch("GET", "/search?q=" + story.headline().split(" ")[0]).headers().firstValue("X-Robots-Tag"))
                .as("headers a page sets are kept").hasValue("noindex, follow");
    }

    @Test
    void concurrentRequestsForAMissingPageWaitForOneBuild() throws Exception {
        Article story = story();
        String path = sections.byId(story.sectionId()).orElseThrow().path() + "/" + story.slug();
        hit(path);
        articles.markUpdated(story.id(), java.time.Instant.now());
        try (var threads = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            var start = new java.util.concurrent.CountDownLatch(1);
            var answers = new java.util.ArrayList<java.util.concurrent.Future<HttpResponse<byte[]>>>();
            for (int i = 0; i < 24; i++) {
                answers.add(threads.submit(() -> {
                    start.await();
                    return fetch("GET", path);
                }));
            }
            start.countDown();
            var outcomes = new java.util.ArrayList<String>();
            byte[] first = null;
            for (var answer : answers) {
                var response = answer.get();
                assertThat(response.statusCode()).isEqualTo(200);
                outcomes.add(response.headers().firstValue("X-Cache").orElse(""));
                first = first == null ? response.body() : first;
                assertThat(response.body()).isEqualTo(first);
            }
            assertThat(outcomes).as("one request built the page, the others waited for it").containsOnlyOnce("MISS");
        }
    }
}
