package news.dateline.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import news.dateline.support.Database;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole application on a real PostgreSQL server: migrations, demo load and the public pages. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PostgresSiteTest {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) throws Exception {
        String url = Database.POSTGRESQL.newDatabaseUrl();
        String dataDir = Files.createTempDirectory("dateline-pg-site").toString();
        registry.add("dateline.database.url", () -> url);
        registry.add("dateline.database.username", () -> "postgres");
        registry.add("dateline.data-dir", () -> dataDir);
    }

    private HttpResponse<String> get(String path) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    @Test
    void theSeedArticleIsServedFromPostgres() throws Exception {
        HttpResponse<String> response = get(PublicPagesTest.SEED);
        assertThat(response.statusCode()).isEqualTo(200);
        var doc = Jsoup.parse(response.body());
        assertThat(doc.select(".published").text()).isEqualTo("Published On Thu, 08 May 2025");
        assertThat(doc.select(".byline a").text()).isEqualTo("Aditya G. Varma");
        assertThat(doc.select(".image-credit").text()).isEqualTo("Disclaimer: This image is taken from Reuters.");
    }

    @Test
    void listingsAndUnknownAddressesWorkOnPostgres() throws Exception {
        assertThat(get("/").statusCode()).isEqualTo(200);
        assertThat(get("/world").statusCode()).isEqualTo(200);
        assertThat(get("/people/aditya-g-varma").statusCode()).isEqualTo(200);
        assertThat(get("/world/page/50").statusCode()).isEqualTo(404);
        assertThat(get("/world/no-such-story").statusCode()).isEqualTo(404);
    }

    @Test
    void feedsAndSitemapsAreServedFromPostgres() throws Exception {
        assertThat(get("/feeds/rss.xml").body()).contains("xi-jinping-arrived-in-moscow-to-show-support-for-putin");
        assertThat(get("/feeds/people/aditya-g-varma/atom.xml").body()).contains("<entry>");
        HttpResponse<String> rss = get("/feeds/sections/world/rss.xml");
        String etag = rss.headers().firstValue("ETag").orElseThrow();
        try (HttpClient http = HttpClient.newHttpClient()) {
            var again = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/feeds/sections/world/rss.xml"))
                    .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(again.statusCode()).isEqualTo(304);
        }
        assertThat(get("/sitemap.xml").body()).contains("/sitemaps/articles-2025-05.xml", "/sitemaps/articles-2025-04.xml");
        assertThat(get("/sitemaps/articles-2025-05.xml").body())
                .contains("/world/xi-jinping-arrived-in-moscow-to-show-support-for-putin</loc><lastmod>2025-05-08T07:30:00+01:00</lastmod>");
        assertThat(get("/sitemaps/people.xml").body()).contains("/people/aditya-g-varma");
        assertThat(get("/sitemaps/news.xml").statusCode()).isEqualTo(200);
    }
}
