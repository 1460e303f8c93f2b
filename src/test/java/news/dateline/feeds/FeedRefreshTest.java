package news.dateline.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.rss.Item;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import news.dateline.accounts.Accounts;
import news.dateline.articles.Articles;
import news.dateline.articles.NewArticle;
import news.dateline.people.People;
import news.dateline.sections.Sections;
import news.dateline.support.Newsdesk;
import news.dateline.support.SiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What feed readers rely on between two fetches: ids that never change, and 304 while nothing changed. */
class FeedRefreshTest extends SiteTest {

    @Autowired
    Articles articles;
    @Autowired
    Sections sections;
    @Autowired
    People people;
    @Autowired
    Accounts accounts;

    private Newsdesk desk() {
        return newsdesk();
    }

    private HttpResponse<String> feed(String path, String type) {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(type + ";charset=UTF-8");
        return response;
    }

    private static com.rometools.rome.feed.rss.Channel rss(String xml) throws Exception {
        return FeedsTest.rss(xml);
    }

    private static com.rometools.rome.feed.atom.Feed atom(String xml) throws Exception {
        return FeedsTest.atom(xml);
    }

    @Test
    void aStorysGuidSurvivesAnEditOfItsHeadlineAndAddress() throws Exception {
        var desk = desk();
        var reporter = desk.reporter();
        var story = desk.published("Before the edit", desk.section(), reporter);
        String path = "/feeds/people/" + reporter.slug() + "/rss.xml";
        Item before = rss(feed(path, "application/rss+xml").body()).getItems().get(0);
        String atomIdBefore = atom(feed("/feeds/people/" + reporter.slug() + "/atom.xml", "application/atom+xml").body())
                .getEntries().get(0).getId();

        var content = story.content();
        articles.save(story.id(), story.version(), new NewArticle("After the edit " + System.nanoTime(), "after-the-edit-" + story.id(),
                content.standfirst(), content.body(), content.sectionId(), content.bylines(), content.tags(), null),
                news.dateline.articles.Staff.SYSTEM, false);

        Item after = rss(feed(path, "application/rss+xml").body()).getItems().get(0);
        assertThat(after.getTitle()).startsWith("After the edit");
        assertThat(after.getLink()).endsWith("/after-the-edit-" + story.id());
        assertThat(after.getGuid().getValue()).isEqualTo(before.getGuid().getValue());
        assertThat(atom(feed("/feeds/people/" + reporter.slug() + "/atom.xml", "application/atom+xml").body())
                .getEntries().get(0).getId()).isEqualTo(atomIdBefore).isEqualTo(before.getGuid().getValue());
    }

    @Test
    void anUnchangedFeedIsAnswered304AndAChangedOne200() {
        var desk = desk();
        var reporter = desk.reporter();
        desk.published("Conditional story", desk.section(), reporter);
        for (String path : List.of("/feeds/people/" + reporter.slug() + "/rss.xml", "/feeds/people/" + reporter.slug() + "/atom.xml")) {
            HttpResponse<String> first = get(path);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

            HttpResponse<String> byEtag = send(request(path).header("If-None-Match", etag).build());
            assertThat(byEtag.statusCode()).as(path).isEqualTo(304);
            assertThat(byEtag.body()).isEmpty();
            assertThat(byEtag.headers().firstValue("ETag")).hasValue(etag);
            assertThat(send(request(path).header("If-Modified-Since", lastModified).build()).statusCode()).isEqualTo(304);
            assertThat(send(request(path).header("If-None-Match", "\"something-else\"").build()).statusCode()).isEqualTo(200);
            assertThat(send(request(path).header("If-None-Match", "not an etag,,\"").build()).statusCode()).isEqualTo(200);
            assertThat(send(request(path).header("If-Modified-Since", "yesterday-ish").build()).statusCode()).isEqualTo(200);
        }
        String path = "/feeds/people/" + reporter.slug() + "/rss.xml";
        String etag = get(path).headers().firstValue("ETag").orElseThrow();

        desk.published("A newer story", desk.section(), reporter);

        HttpResponse<String> changed = send(request(path).header("If-None-Match", etag).build());
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
        assertThat(changed.body()).contains("A newer story");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(url(path))).GET();
    }
}
