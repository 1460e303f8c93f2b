package news.dateline.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import news.dateline.accounts.Accounts;
import news.dateline.accounts.Role;
import news.dateline.articles.Article;
import news.dateline.articles.ArticleWorkflow;
import news.dateline.support.LogCapture;
import news.dateline.support.NewsroomClient;
import news.dateline.support.NewsroomClient.FilePart;
import news.dateline.support.SiteTest;
import news.dateline.support.TestAccounts;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Whatever a person or program sends to the public site gets a clear 4xx answer as the site's HTML error page: never
 * a 500, never raw JSON, and nothing logged at ERROR or with a stack trace.
 */
class BadRequestPagesTest extends SiteTest {

    @Autowired
    ArticleWorkflow workflow;
    @Autowired
    Accounts accounts;

    private HttpResponse<String> browser(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .GET().build());
    }

    private static void assertErrorPage(HttpResponse<String> response, int status, String heading) {
        assertThat(response.statusCode()).as("status of %s", response.uri()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).as("type of %s", response.uri())
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(Jsoup.parse(response.body()).select("h1.page-title").text()).as("heading of %s", response.uri())
                .isEqualTo(heading);
        assertThat(response.body()).doesNotContain("Exception", "at news.dateline", "Whitelabel", "\"status\":");
    }

    @ParameterizedTest
    @ValueSource(strings = {"%ff", "%fe", "%C0%AF", "%ED%A0%80", "caf%E9"})
    void undecodableQueryBytesAreA400PageAndNoLoggedError(String bytes) {
        try (LogCapture log = LogCapture.start()) {
            assertErrorPage(browser("/search?q=" + bytes), 400, "We could not handle that request");
            assertErrorPage(browser("/search?sort=newest&q=" + bytes + "&page=2"), 400, "We could not handle that request");
            assertThat(log.errorsAndTraces()).isEmpty();
        }
    }

    @Test
    void errorAskedForDirectlyIsA404Page() {
        try (LogCapture log = LogCapture.start()) {
            assertErrorPage(browser("/error"), 404, "Page not found");
            assertThat(send(HttpRequest.newBuilder(URI.create(url("/error"))).POST(HttpRequest.BodyPublishers.noBody())
                    .build()).statusCode()).isEqualTo(404);
            assertThat(log.errorsAndTraces()).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/world/", "/WORLD", "/World/", "/media/0123456789abcdef01/320.jpg", "/media/images/nope/1024.jpg",
            "/newsroom/setup?token=already-used"})
    void browsersGetTheHtmlNotFoundPageNotJson(String path) {
        assertErrorPage(browser(path), 404, "Page not found");
    }

    @Test
    void aKilledStoryIsGoneWithAPageSayingItWasRemoved() {
        var desk = newsdesk();
        Article story = desk.published("Story to be killed");
        String path = desk.path(story);
        assertThat(get(path).statusCode()).isEqualTo(200);

        workflow.kill(story.id());

        HttpResponse<String> gone = browser(path);
        assertErrorPage(gone, 410, "This story has been removed");
        assertThat(gone.body()).doesNotContain(story.headline());
        assertThat(get("/world/never-was-a-story-" + System.nanoTime()).statusCode()).isEqualTo(404);
    }

    @Test
    void anOversizedUploadIsA413PageWithAClearMessage() {
        NewsroomClient editor = new NewsroomClient(port);
        editor.signIn(TestAccounts.create(accounts, Role.EDITOR, null).username(), TestAccounts.PASSWORD);
        editor.get("/newsroom/media");
        byte[] huge = new byte[31 * 1024 * 1024];
        try (LogCapture log = LogCapture.start()) {
            HttpResponse<String> refused = editor.postMultipart("/newsroom/media", Map.of(),
                    List.of(new FilePart("files", "huge.jpg", "image/jpeg", huge)));
            assertErrorPage(refused, 413, "That upload is too large");
            assertThat(Jsoup.parse(refused.body()).select(".lede").text()).contains("Nothing was saved", "at most 30MB");
            assertThat(log.errorsAndTraces()).isEmpty();
        }
    }
}
