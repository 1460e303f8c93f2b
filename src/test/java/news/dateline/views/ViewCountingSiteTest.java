package news.dateline.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.dateline.accounts.Account;
import news.dateline.accounts.Accounts;
import news.dateline.accounts.Role;
import news.dateline.articles.Article;
import news.dateline.articles.ArticleWorkflow;
import news.dateline.articles.Articles;
import news.dateline.articles.NewArticle;
import news.dateline.people.People;
import news.dateline.sections.Section;
import news.dateline.sections.Sections;
import news.dateline.support.NewsroomClient;
import news.dateline.support.SiteTest;
import news.dateline.support.TestAccounts;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The counter through the real HTTP server: the beacon, the pixel, what never counts, and the lists it feeds. */
class ViewCountingSiteTest extends SiteTest {

    static final String CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

    @Autowired
    Articles articles;
    @Autowired
    ArticleWorkflow workflow;
    @Autowired
    Sections sections;
    @Autowired
    People people;
    @Autowired
    ArticleViews views;
    @Autowired
    Accounts accounts;

    private Section newSection() {
        String slug = "desk-" + UUID.randomUUID().toString().substring(0, 8);
        return sections.create("Desk " + slug.substring(5), slug, 90);
    }

    private Article published(String headline, Section section) {
        long byline = people.create("Reporter " + UUID.randomUUID(), null, "", null).id();
        Article filed = articles.file(new NewArticle(headline, null, "Standfirst.", "Body.", section.id(), List.of(byline),
                List.of(), null));
        return workflow.publish(filed.id());
    }

    private HttpResponse<String> beacon(long id, String userAgent, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(URI.create(url("/views/" + id))).POST(HttpRequest.BodyPublishers.noBody())
                .header("User-Agent", userAgent);
        headers.forEach(request::header);
        return send(request.build());
    }

    private String viewsShown(String path) {
        return Jsoup.parse(get(path).body()).select(".views").text();
    }

    @Test
    void theBeaconCountsAReaderOnceAndAnswersWithTheCount() {
        Section section = newSection();
        Article story = published("A story read by people " + UUID.randomUUID(), section);
        String path = section.path() + "/" + story.slug();
        var page = Jsoup.parse(get(path).body());
        assertThat(page.select(".views").attr("data-views-url")).isEqualTo("/views/" + story.id());
        assertThat(page.select(".views noscript").html()).contains("/views/" + story.id() + "/pixel.gif");

        untilCached(path);
        var first = beacon(story.id(), CHROME, Map.of());
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(first.body()).contains("\"counted\":true").contains("\"views\":1").contains("\"label\":\"1 View\"");
        assertThat(beacon(story.id(), CHROME, Map.of()).body()).contains("\"counted\":false").contains("\"views\":1");
        assertThat(viewsShown(path)).as("a view does not drop the cached page: the beacon's answer shows the count")
                .isEqualTo("0 Views");
        assertThat(get(path).headers().firstValue("X-Cache")).hasValue("HIT");
        views.flush();
        assertThat(beacon(story.id(), CHROME + " Edg/131.0", Map.of("Sec-Fetch-Site", "same-origin")).body())
                .contains("\"counted\":true").contains("\"views\":2");
        articles.markUpdated(story.id(), java.time.Instant.now());
        assertThat(viewsShown(path)).as("built afresh: the written view and this node's unwritten one").isEqualTo("2 Views");
        views.flush();
        articles.markUpdated(story.id(), java.time.Instant.now());
        assertThat(viewsShown(path)).isEqualTo("2 Views");
    }

    @Test
    void botsHeadPrefetchPrerenderAndSignedInStaffAreNotCounted() {
        Section section = newSection();
        Article story = published("Nobody real read this " + UUID.randomUUID(), section);
        assertThat(beacon(story.id(), "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", Map.of()).body())
                .contains("\"counted\":false");
        assertThat(beacon(story.id(), "curl/8.5.0", Map.of()).body()).contains("\"counted\":false");
        assertThat(beacon(story.id(), CHROME, Map.of("Sec-Purpose", "prefetch")).body()).contains("\"counted\":false");
        assertThat(beacon(story.id(), CHROME, Map.of("Sec-Purpose", "prefetch;prerender")).body()).contains("\"counted\":false");
        assertThat(beacon(story.id(), CHROME, Map.of("Purpose", "prefetch")).body()).contains("\"counted\":false");
        assertThat(beacon(story.id(), CHROME, Map.of("Cookie", "DATELINE_SESSION=abc")).body()).contains("\"counted\":false");
        assertThat(beacon(story.id(), CHROME, Map.of("Sec-Fetch-Site", "cross-site")).body())
                .as("another site's page posting the beacon").contains("\"counted\":false");
        var head = send(HttpRequest.newBuilder(URI.create(url("/views/" + story.id() + "/pixel.gif")))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).header("User-Agent", CHROME).build());
        assertThat(head.statusCode()).isEqualTo(200);
        views.flush();
        assertThat(views.total(story.id())).isZero();

        var pixel = send(HttpRequest.newBuilder(URI.create(url("/views/" + story.id() + "/pixel.gif")))
                .header("User-Agent", CHROME).build());
        assertThat(pixel.statusCode()).isEqualTo(200);
        assertThat(pixel.headers().firstValue("Content-Type")).hasValue("image/gif");
        assertThat(pixel.headers().firstValue("Cache-Control")).hasValue("no-store");
        views.flush();
        assertThat(views.total(story.id())).as("the no-JavaScript pixel counts").isEqualTo(1);
    }

    @Test
    void storiesReadersMayNotSeeAndBadAddressesAreRefused() {
        Section section = newSection();
        Article withdrawn = published("Withdrawn " + UUID.randomUUID(), section);
        workflow.unpublish(withdrawn.id());
        var refused = beacon(withdrawn.id(), CHROME, Map.of());
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.body()).contains("no published story");
        assertThat(beacon(987_654_321L, CHROME, Map.of()).statusCode()).isEqualTo(404);
        assertThat(send(HttpRequest.newBuilder(URI.create(url("/views/abc"))).POST(HttpRequest.BodyPublishers.noBody())
                .build()).statusCode()).isBetween(400, 499);
        assertThat(send(HttpRequest.newBuilder(URI.create(url("/views/99999999999999999999999")))
                .POST(HttpRequest.BodyPublishers.noBody()).build()).statusCode()).isBetween(400, 499);
        assertThat(get("/views/1").statusCode()).isEqualTo(404);
        views.flush();
        assertThat(views.total(withdrawn.id())).isZero();
    }

    @Test
    void staffPreviewsCarryNoBeacon() {
        Account editor = TestAccounts.create(accounts, Role.EDITOR, null);
        NewsroomClient newsroom = new NewsroomClient(port);
        newsroom.signIn(editor.username(), TestAccounts.PASSWORD);
        Section section = newSection();
        Article story = published("Previewed " + UUID.randomUUID(), section);
        newsroom.get("/newsroom/stories/" + story.id());
        var preview = newsroom.post("/newsroom/preview", Map.of("id", String.valueOf(story.id()), "headline", story.headline(),
                "body", "Body.", "section", String.valueOf(section.id()), "byline", String.valueOf(story.bylines().getFirst())));
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        var doc = Jsoup.parse(preview.body());
        assertThat(doc.select(".headline").text()).isEqualTo(story.headline());
        assertThat(doc.select("[data-views-url]")).isEmpty();
        assertThat(doc.select("img[src*=/views/]")).isEmpty();
    }

    @Test
    void oneAddressChangingItsUserAgentAddsAtMostFiveReaders() {
        Section section = newSection();
        Article story = published("Steered from one address " + UUID.randomUUID(), section);
        Article other = published("Read from the same address " + UUID.randomUUID(), section);
        long counted = 0;
        for (int i = 0; i < 60; i++) {
            counted += beacon(story.id(), CHROME + " variant/" + i, Map.of()).body().contains("\"counted\":true") ? 1 : 0;
        }
        assertThat(counted).isEqualTo(5);
        assertThat(beacon(other.id(), CHROME + " variant/0", Map.of()).body()).as("another story").contains("\"counted\":true");
        views.flush();
        assertThat(views.total(story.id())).isEqualTo(5);
    }

    @Test
    void theMostReadListsOfASectionFollowTheCount() {
        Section section = newSection();
        Article popular = published("Popular " + UUID.randomUUID(), section);
        Article quiet = published("Quiet " + UUID.randomUUID(), section);
        Article killed = published("Killed " + UUID.randomUUID(), section);
        for (int reader = 0; reader < 3; reader++) {
            beacon(popular.id(), CHROME + " reader/" + reader, Map.of());
            beacon(killed.id(), CHROME + " reader/" + reader, Map.of());
        }
        beacon(killed.id(), CHROME + " reader/9", Map.of());
        beacon(quiet.id(), CHROME, Map.of());
        views.flush();
        workflow.unpublish(killed.id());
        workflow.kill(killed.id());

        var front = Jsoup.parse(get(section.path()).body());
        var day = front.select("section[aria-labelledby=most-read-day] li");
        assertThat(day.eachText()).hasSize(2);
        assertThat(day.get(0).text()).contains(popular.headline()).contains("3 Views");
        assertThat(day.get(1).text()).contains(quiet.headline()).contains("1 View");
        assertThat(front.select(".front-aside").text()).doesNotContain(killed.headline());
        assertThat(front.select("section[aria-labelledby=most-read-week] li").eachText()).hasSize(2);

        var article = Jsoup.parse(get(section.path() + "/" + quiet.slug()).body());
        assertThat(article.select("section[aria-labelledby=most-read-section] a").eachAttr("href"))
                .containsExactly(section.path() + "/" + popular.slug(), section.path() + "/" + quiet.slug());
        assertThat(article.select(".article-aside").text()).doesNotContain(killed.headline());
    }

    @Test
    void theHomePageShowsTheSiteWideLists() {
        var home = Jsoup.parse(get("/").body());
        assertThat(home.select(".most-read-pair .most-read-title").eachText())
                .containsExactly("Most read Last 24 hours", "Most read Last 7 days");
        assertThat(home.select("section[aria-labelledby=most-read-day] li")).hasSize(5);
        var counts = home.select("section[aria-labelledby=most-read-week] .most-read-views").eachText().stream()
                .map(t -> Long.parseLong(t.replaceAll("[^0-9]", ""))).toList();
        assertThat(counts).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }
}
