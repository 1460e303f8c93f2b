package news.dateline.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import news.dateline.accounts.Accounts;
import news.dateline.articles.ArticleWorkflow;
import news.dateline.articles.Articles;
import news.dateline.people.People;
import news.dateline.sections.Sections;
import org.awaitility.Awaitility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that run the whole application on a real HTTP port, on SQLite, with the demo
 * content loaded. Every subclass shares one started application (Spring's context cache).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SiteTest.Clocks.class)
public abstract class SiteTest {

    /** The application's clock in tests: real time until a test moves it. */
    @TestConfiguration
    public static class Clocks {
        @Bean
        @Primary
        public MutableClock testClock() {
            return new MutableClock(java.time.Instant.now());
        }
    }

    private static final Path DATA_DIR = temporaryDirectory();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    protected int port;

    @Autowired
    private ApplicationContext context;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("dateline.data-dir", DATA_DIR::toString);
        registry.add("dateline.demo.enabled", () -> "true");
        registry.add("dateline.site.time-zone", () -> "Europe/London");
        registry.add("dateline.media.warm-up", () -> "false");
        registry.add("dateline.views.most-read-refresh", () -> "0s");
    }

    /** A desk of its own (a new reporter account) that files and publishes through the application's facades. */
    protected Newsdesk newsdesk() {
        return Newsdesk.of(context.getBean(Articles.class), context.getBean(ArticleWorkflow.class),
                context.getBean(Sections.class), context.getBean(People.class), context.getBean(Accounts.class));
    }

    protected String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** A GET without following redirects. */
    protected HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET().build());
    }

    /**
     * GETs a page until the page cache serves it ({@code X-Cache: HIT}): a change made just before may drop it
     * once more when the journal follower or a most-read list catches up. Fails after 10 seconds.
     */
    protected HttpResponse<String> untilCached(String path) {
        return Awaitility.await(path + " served from the page cache").atMost(Duration.ofSeconds(10))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10))
                .until(() -> {
                    var response = get(path);
                    if (!isHit(response)) {
                        org.assertj.core.api.Assertions.assertThat(response.statusCode()).as(path).isEqualTo(200);
                    }
                    return response;
                }, SiteTest::isHit);
    }

    private static boolean isHit(HttpResponse<?> response) {
        return response.headers().firstValue("X-Cache").orElse("").equals("HIT");
    }

    /**
     * A newsroom client signed in as a new account of {@code role} (holding the byline of {@code person}, or none),
     * its CSRF token read from the new-story form. Fails when the sign-in does not reach the newsroom.
     */
    protected NewsroomClient signedIn(news.dateline.accounts.Role role, Long person) {
        NewsroomClient client = new NewsroomClient(port);
        String landed = client.signIn(TestAccounts.create(context.getBean(Accounts.class), role, person).username(),
                TestAccounts.PASSWORD);
        org.assertj.core.api.Assertions.assertThat(landed).as("sign-in as " + role).endsWith("/newsroom");
        client.get("/newsroom/stories/new");
        return client;
    }

    protected HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("dateline-site-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
