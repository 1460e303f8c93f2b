package news.dateline.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.dateline.accounts.Role;
import news.dateline.articles.Article;
import news.dateline.sections.Section;
import news.dateline.sections.Sections;
import news.dateline.support.SiteTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Static pages on the running site: {@code /info/...} pages (404 for drafts and wrong addresses), the footer on every
 * page, the page cache dropping them on a change, the sitemap, the newsroom's Pages screen and its rights; and
 * sections with a parent (breadcrumb, the parent's front listing its children's stories).
 */
class StaticPagesSiteTest extends SiteTest {

    @Autowired
    StaticPages pages;
    @Autowired
    Sections sections;

    private final List<StaticPage> made = new ArrayList<>();

    /** Pages of this test leave the shared footer when it ends (other tests read every page's HTML). */
    @AfterEach
    void unlist() {
        for (StaticPage page : made) {
            pages.byId(page.id()).ifPresent(p -> pages.update(p.id(), new StaticPageForm(p.title(), p.slug(), p.parentId(),
                    p.menuOrder(), p.body(), p.seoDescription(), false), false, p.firstPublishedAt(), p.updatedAt()));
        }
    }

    private StaticPage page(String title, StaticPage parent, boolean published, String body) {
        StaticPage page = pages.importPage(new StaticPageForm(title, "", parent == null ? null : parent.id(), 0, body,
                "About " + title, true), published, Instant.parse("2020-02-02T10:00:00Z"), Instant.parse("2024-03-04T05:06:07Z"));
        made.add(page);
        return page;
    }

    private String awaitBody(String path, String expected) {
        return Awaitility.await(path + " shows " + expected).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                .until(() -> get(path).body(), body -> body.contains(expected));
    }

    @Test
    void aPageWhoseSlugChangedAnswersAtItsOldAddressWithA301() {
        long n = System.nanoTime();
        StaticPage about = page("Zoë's page " + n, null, true, "Hello.");
        String old = pages.path(about);
        assertThat(get(old).statusCode()).isEqualTo(200);
        StaticPage moved = pages.update(about.id(), new StaticPageForm(about.title(), "who-we-are-" + n, null, 0,
                about.body(), about.seoDescription(), true), true, about.firstPublishedAt(), about.updatedAt());

        var response = get(old);
        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/info/who-we-are-" + n));
        assertThat(get(pages.path(moved)).statusCode()).isEqualTo(200);
        assertThat(get("/info/never-a-page-" + n).statusCode()).isEqualTo(404);
    }

    @Test
    void aPublishedPageIsServedWithoutBylineOrDateAndDraftsAndWrongAddressesAre404() {
        long n = System.nanoTime();
        StaticPage about = page("Über uns " + n, null, true, "We report *without fear*.<script>alert(1)</script>");
        StaticPage team = page("Наша команда " + n, about, true, "The team.");
        StaticPage draft = page("Draft " + n, null, false, "Not yet.");

        var response = get(pages.path(about));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<h1 class=\"headline\">Über uns " + n + "</h1>", "<em>without fear</em>",
                "<meta name=\"description\" content=\"About Über uns " + n + "\">")
                .doesNotContain("<script>alert", "class=\"byline\"", "class=\"dates\"", "<time");
        assertThat(pages.path(team)).isEqualTo("/info/uber-uns-" + n + "/nasa-komanda-" + n);
        assertThat(get(pages.path(team)).body()).contains("Наша команда " + n, "href=\"" + pages.path(about) + "\"");
        assertThat(get("/info/nasa-komanda-" + n).statusCode()).isEqualTo(404);
        assertThat(get("/info/" + draft.slug()).statusCode()).isEqualTo(404);
        assertThat(get("/info/" + draft.slug() + "/nasa-komanda-" + n).statusCode()).isEqualTo(404);
        assertThat(get("/info/no-such-page-" + n).statusCode()).isEqualTo(404);

        String home = awaitBody("/", pages.path(team));
        assertThat(home.indexOf("href=\"" + pages.path(about) + "\"")).isPositive()
                .isLessThan(home.indexOf("href=\"" + pages.path(team) + "\""));
        assertThat(home).doesNotContain("/info/" + draft.slug());
    }

    @Test
    void aChangedPageAndEveryFooterShowingItAreDroppedFromTheCache() {
        long n = System.nanoTime();
        StaticPage contact = page("Contact " + n, null, true, "Write to us.");
        String path = pages.path(contact);
        assertThat(untilCached(path).body()).contains("Write to us.");
        String front = newsdesk().section().path();
        assertThat(untilCached(front).body()).contains("Contact " + n);

        pages.update(contact.id(), new StaticPageForm("Contact the desk " + n, contact.slug(), null, 0, "Call us.", "", true),
                true, contact.firstPublishedAt(), Instant.now());
        assertThat(awaitBody(path, "Call us.")).contains("Contact the desk " + n).doesNotContain("Write to us.");
        assertThat(awaitBody(front, "Contact the desk " + n)).doesNotContain(">Contact " + n + "<");
    }

    @Test
    void theSitemapListsPublishedPagesWithTheirLastChange() {
        long n = System.nanoTime();
        StaticPage ethics = page("Ethics " + n, null, true, "Our code.");
        StaticPage draft = page("Unfinished " + n, null, false, "Soon.");
        String sitemap = awaitBody("/sitemaps/pages.xml", ethics.slug());
        assertThat(sitemap).contains("<url><loc>http://localhost:8080" + pages.path(ethics)
                + "</loc><lastmod>2024-03-04T05:06:07Z</lastmod></url>").doesNotContain(draft.slug());
    }

    @Test
    void aChildSectionsFrontNamesItsParentAndTheParentsFrontListsTheChildsStories() {
        long n = System.nanoTime();
        Section business = sections.create("Business " + n, null, 200);
        Section markets = sections.create("Markets " + n, null, 201, business.id());
        var desk = newsdesk();
        Article story = desk.published("Shares rise", markets, desk.reporter());

        String child = awaitBody(markets.path(), story.headline());
        assertThat(child).contains("<a href=\"" + business.path() + "\">Business " + n + "</a> › ");
        String parent = awaitBody(business.path(), story.headline());
        assertThat(parent).contains("href=\"" + markets.path() + "\">Markets " + n + "</a>");
        String article = get(desk.path(story)).body();
        assertThat(article).contains("<a class=\"section-label\" href=\"" + business.path() + "\">Business " + n + "</a> › ")
                .contains("\"position\":2,\"name\":\"Business " + n + "\"", "\"position\":3,\"name\":\"Markets " + n + "\"");
        assertThat(get("/").body()).doesNotContain("<li><a href=\"" + markets.path() + "\"");
    }

    @Test
    void editorsManagePagesInTheNewsroomAndAReporterIsRefused() {
        var reporter = signedIn(Role.REPORTER, null);
        assertThat(reporter.get("/newsroom/pages").statusCode()).isEqualTo(403);
        assertThat(reporter.post("/newsroom/pages", Map.of("title", "Sneaky")).statusCode()).isEqualTo(403);
        assertThat(reporter.get("/newsroom/stories/new").body()).doesNotContain("href=\"/newsroom/pages\"");

        long n = System.nanoTime();
        var editor = signedIn(Role.EDITOR, null);
        assertThat(editor.get("/newsroom/pages").body()).contains("href=\"/newsroom/pages/new\"");
        editor.get("/newsroom/pages/new");
        var created = editor.post("/newsroom/pages", Map.of("title", "Corrections policy " + n, "body", "We correct.",
                "menuOrder", "3", "shownInFooter", "true"));
        assertThat(created.statusCode()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/newsroom/pages/[0-9]+\\?done=.*");
        StaticPage page = pages.bySlug("corrections-policy-" + n).orElseThrow();
        made.add(page);
        assertThat(page.published()).isFalse();
        assertThat(editor.get("/newsroom/pages/" + page.id()).body()).contains("Corrections policy " + n, "We correct.");

        var refused = editor.post("/newsroom/pages/" + page.id(), Map.of("action", "save", "version", page.version(),
                "title", "Corrections policy " + n, "menuOrder", "third"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("The menu order is a whole number (lower comes first)");

        var published = editor.post("/newsroom/pages/" + page.id(), Map.of("action", "publish", "version", page.version(),
                "title", "Corrections policy " + n, "body", "We correct promptly.", "menuOrder", "3", "shownInFooter", "true"));
        assertThat(published.statusCode()).isEqualTo(302);
        assertThat(awaitBody(pages.path(page), "We correct promptly.")).contains("Corrections policy " + n);
        var stale = editor.post("/newsroom/pages/" + page.id(), Map.of("action", "save", "version", page.version(),
                "title", "Overwritten " + n, "menuOrder", "3"));
        assertThat(stale.body()).contains("Someone else saved");
        assertThat(pages.byId(page.id()).orElseThrow().title()).isEqualTo("Corrections policy " + n);
    }
}
