package news.dateline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import news.dateline.accounts.Account;
import news.dateline.accounts.Accounts;
import news.dateline.accounts.Role;
import news.dateline.articles.Article;
import news.dateline.articles.ArticleWorkflow;
import news.dateline.articles.Articles;
import news.dateline.support.Newsdesk;
import news.dateline.media.ImageCredit;
import news.dateline.media.MediaLibrary;
import news.dateline.media.NewImage;
import news.dateline.people.People;
import news.dateline.sections.Sections;
import news.dateline.support.NewsroomClient;
import news.dateline.support.TestAccounts;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * PostgreSQL stops under a running site (its own server and application context, since the server is stopped):
 * stored images and cached pages are still served, an uncached page answers 503 with Retry-After, the newsroom
 * answers quickly with the typed text kept, sign-in says why it cannot; after the restart everything works again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DatabaseOutageTest {

    private static final Path PG_DATA = directory("dateline-outage-pg");
    private static final int PG_PORT = freePort();
    private static EmbeddedPostgres postgres = start();
    /** Requests may fail but must answer; a hung request fails the test (no timing is asserted). */
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("dateline.database.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
        registry.add("dateline.data-dir", () -> directory("dateline-outage-data").toString());
        registry.add("dateline.demo.enabled", () -> "true");
        registry.add("dateline.media.warm-up", () -> "false");
    }

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    Articles articles;
    @Autowired
    ArticleWorkflow workflow;
    @Autowired
    Sections sections;
    @Autowired
    People people;
    @Autowired
    MediaLibrary media;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @AfterAll
    static void stopServer() throws IOException {
        postgres.close();
    }

    @Test
    void anOutageDegradesGracefullyAndTheSiteRecoversByItself() throws IOException {
        assertThat(jdbc.sql("SHOW statement_timeout").query(String.class).single()).as("fail fast").isEqualTo("30s");
        Newsdesk desk = Newsdesk.of(articles, workflow, sections, people, accounts);
        Article cached = desk.published("Cached before the outage");
        Article uncached = desk.published("Never read before the outage");
        var image = media.add(new BufferedImage(640, 360, BufferedImage.TYPE_INT_RGB), new NewImage("Outage picture",
                "A dark square", new ImageCredit("Dateline", "Staff")));
        String rendition = "/media/" + image.storageKey() + "/" + image.renditionWidths().get(0) + ".jpg";
        byte[] imageBytes = bytes(rendition).body();
        assertThat(imageBytes).isNotEmpty();

        Account editor = TestAccounts.create(accounts, Role.EDITOR, null);
        NewsroomClient newsroom = new NewsroomClient(port);
        assertThat(newsroom.signIn(editor.username(), TestAccounts.PASSWORD)).endsWith("/newsroom");
        Article draft = desk.draft("Draft saved during the outage", desk.section(), desk.reporter(), null);
        assertThat(newsroom.get("/newsroom/stories/" + draft.id()).statusCode()).isEqualTo(200);
        String typed = "Typed while the database was away " + System.nanoTime();
        untilCached(desk.path(cached)); // last: filing the draft above dropped the pages listing the section's stories

        postgres.close();

        var image503 = bytes(rendition);
        assertThat(image503.statusCode()).as("a stored image").isEqualTo(200);
        assertThat(image503.body()).isEqualTo(imageBytes);
        var page = get(desk.path(cached));
        assertThat(page.statusCode()).as("a cached page").isEqualTo(200);
        assertThat(page.body()).contains(cached.headline());
        var missing = get(desk.path(uncached));
        assertThat(missing.statusCode()).as("an uncached page").isEqualTo(503);
        assertThat(missing.headers().firstValue("Retry-After")).isPresent();
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(missing.body()).contains("<html").contains("Back in a moment").doesNotContain("Exception");

        Map<String, Object> form = new LinkedHashMap<>();
        form.put("version", draft.version());
        form.put("headline", draft.headline());
        form.put("standfirst", "A standfirst");
        form.put("body", typed);
        form.put("section", draft.sectionId());
        form.put("byline", draft.bylines());
        form.put("action", "save");
        var kept = newsroom.post("/newsroom/stories/" + draft.id(), form);
        assertThat(kept.statusCode()).as("a newsroom save").isEqualTo(503);
        assertThat(kept.headers().firstValue("Retry-After")).isPresent();
        assertThat(kept.headers().firstValue("Content-Security-Policy")).hasValue(ContentSecurityPolicy.NEWSROOM);
        assertThat(kept.body()).contains("The database is unavailable, your text is kept").contains(typed);

        var visitor = new NewsroomClient(port);
        assertThat(visitor.get("/newsroom/login").statusCode()).as("the sign-in page needs no database").isEqualTo(200);
        var signIn = visitor.post("/newsroom/login", Map.of("username", editor.username(), "password", TestAccounts.PASSWORD));
        assertThat(signIn.statusCode()).as("a sign-in attempt").isEqualTo(503);
        assertThat(signIn.body()).contains("Nobody can sign in while the database is unavailable");

        postgres = start();

        var resent = until(() -> newsroom.post("/newsroom/stories/" + draft.id(), keptForm(kept.body())),
                r -> r.statusCode() == 302);
        assertThat(resent.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/newsroom/stories/" + draft.id()));
        assertThat(articles.byId(draft.id()).orElseThrow().body().markdown()).isEqualTo(typed);
        assertThat(until(() -> get(desk.path(uncached)), r -> r.statusCode() == 200).body()).contains(uncached.headline());
        assertThat(new NewsroomClient(port).signIn(editor.username(), TestAccounts.PASSWORD)).endsWith("/newsroom");
    }

    /** The fields of the kept form, as a browser would send them again. */
    private static Map<String, Object> keptForm(String html) {
        var form = Jsoup.parse(html).selectFirst("form.nr-kept");
        assertThat(form).isNotNull();
        Map<String, Object> fields = new LinkedHashMap<>();
        for (var element : form.select("input[name], textarea[name]")) {
            String value = element.tagName().equals("textarea") ? element.wholeText() : element.val();
            fields.merge(element.attr("name"), value, (a, b) -> {
                List<Object> values = new ArrayList<>(a instanceof List<?> list ? list : List.of(a));
                values.add(b);
                return values;
            });
        }
        return fields;
    }

    /** Asks again (the database is coming back) until the answer is as wanted; fails after a minute. */
    private static <T> T until(Supplier<T> request, java.util.function.Predicate<T> wanted) {
        return org.awaitility.Awaitility.await("recovered").atMost(Duration.ofSeconds(60))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10))
                .until(request::get, wanted::test);
    }

    private void untilCached(String path) {
        until(() -> get(path), r -> r.statusCode() == 200 && r.headers().firstValue("X-Cache").orElse("").equals("HIT"));
    }

    private HttpResponse<String> get(String path) {
        return send(path, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> bytes(String path) {
        return send(path, HttpResponse.BodyHandlers.ofByteArray());
    }

    private <T> HttpResponse<T> send(String path, HttpResponse.BodyHandler<T> body) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(30)).GET().build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().setDataDirectory(PG_DATA).setCleanDataDirectory(false).setPort(PG_PORT).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path directory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
