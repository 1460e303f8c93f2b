package news.dateline.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import news.dateline.accounts.Accounts;
import news.dateline.articles.Article;
import news.dateline.articles.ArticleWorkflow;
import news.dateline.articles.Articles;
import news.dateline.articles.CorrectionKind;
import news.dateline.articles.NewArticle;
import news.dateline.feeds.Newsdesk;
import news.dateline.media.Image;
import news.dateline.media.ImageCredit;
import news.dateline.media.MediaLibrary;
import news.dateline.media.NewImage;
import news.dateline.people.People;
import news.dateline.people.Person;
import news.dateline.sections.Section;
import news.dateline.sections.Sections;
import news.dateline.support.SiteTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The invalidation matrix: every kind of change shows on every page that shows what changed, on the very next
 * request, although each page was served from the cache just before the change.
 */
class InvalidationMatrixTest extends SiteTest {

    @Autowired
    Articles articles;
    @Autowired
    ArticleWorkflow workflow;
    @Autowired
    Sections sections;
    @Autowired
    People people;
    @Autowired
    Accounts accounts;
    @Autowired
    MediaLibrary media;
    @Autowired
    news.dateline.views.ArticleViews views;
    @Autowired
    news.dateline.views.MostRead mostRead;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    news.dateline.support.MutableClock clock;

    private Newsdesk desk;
    private Section section;
    private Person reporter;

    @BeforeEach
    void newDesk() {
        desk = Newsdesk.of(articles, workflow, sections, people, accounts);
        long n = System.nanoTime();
        section = sections.create("Desk " + n, "desk-" + n, 200);
        reporter = desk.reporter();
    }

    /** Makes sure each page is served from the cache before the change. */
    private void cached(List<String> paths) {
        paths.forEach(this::untilCached);
    }

    private String body(String path) {
        var response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private Map<String, String> pagesOf(Article story) {
        return Map.of(
                "article", desk.path(story),
                "section front", section.path(),
                "home page", "/",
                "person page", reporter.path(),
                "site RSS", "/feeds/rss.xml",
                "section Atom", "/feeds/sections/" + section.slug() + "/atom.xml",
                "person RSS", "/feeds/people/" + reporter.slug() + "/rss.xml",
                "news sitemap", "/sitemaps/news.xml");
    }

    @Test
    void anEditedHeadlineShowsEverywhereTheStoryIsListed() {
        Article story = desk.published("Cached headline", section, reporter);
        var pages = pagesOf(story);
        cached(List.copyOf(pages.values()));
        String search = "/search?q=" + story.headline().split(" ")[0] + "+" + story.headline().split(" ")[2];
        cached(List.of(search));

        String edited = "Edited headline " + System.nanoTime();
        var content = story.content();
        articles.save(story.id(), story.version(), new NewArticle(edited, content.slug(), content.standfirst(),
                content.body(), content.sectionId(), content.bylines(), content.tags(), content.hero(),
                content.seoTitle(), content.seoDescription()), desk.staff(), false);

        var softly = new org.assertj.core.api.SoftAssertions();
        pages.forEach((name, path) -> softly.assertThat(body(path)).as(name).contains(edited));
        softly.assertAll();
        eventuallyShows("/search?q=" + edited.replace(' ', '+'), edited);
    }

    @Test
    void aPublishedStoryAppearsOnEveryListAndAWithdrawnOneLeavesThem() {
        Article first = desk.published("Already there", section, reporter);
        var pages = pagesOf(first);
        cached(pages.entrySet().stream().filter(e -> !e.getKey().equals("article")).map(Map.Entry::getValue).toList());

        Article second = desk.published("Just published", section, reporter);
        pages.forEach((name, path) -> {
            if (!name.equals("article")) {
                assertThat(body(path)).as(name).contains(second.headline());
            }
        });
        cached(List.of(desk.path(second)));

        workflow.unpublish(second.id());
        assertThat(get(desk.path(second)).statusCode()).isEqualTo(404);
        pages.forEach((name, path) -> {
            if (!name.equals("article")) {
                assertThat(body(path)).as(name).doesNotContain(second.headline()).contains(first.headline());
            }
        });
    }

    @Test
    void aCorrectionShowsOnTheArticleAtOnce() {
        Article story = desk.published("To be corrected", section, reporter);
        cached(List.of(desk.path(story)));
        String text = "An earlier version misspelt the minister's name " + System.nanoTime() + ".";
        workflow.correct(story.id(), CorrectionKind.CORRECTION, text, desk.staff());
        assertThat(body(desk.path(story))).contains(text);
    }

    @Test
    void aMovedStoryLeavesItsOldSectionAndJoinsTheNewOne() {
        Article story = desk.published("On the move", section, reporter);
        long n = System.nanoTime();
        Section other = sections.create("Other " + n, "other-" + n, 201);
        cached(List.of(section.path(), other.path(), "/feeds/sections/" + section.slug() + "/rss.xml"));
        var content = story.content();
        articles.save(story.id(), story.version(), new NewArticle(content.headline(), content.slug(), content.standfirst(),
                content.body(), other.id(), content.bylines(), content.tags(), content.hero(), content.seoTitle(),
                content.seoDescription()), desk.staff(), false);
        assertThat(body(section.path())).doesNotContain(story.headline());
        assertThat(body("/feeds/sections/" + section.slug() + "/rss.xml")).doesNotContain(story.headline());
        assertThat(body(other.path())).contains(story.headline());
    }

    @Test
    void aRenamedSectionIsRenamedOnEveryPage() {
        Article story = desk.published("Under a section", section, reporter);
        cached(List.of("/", desk.path(story), section.path(), "/people/" + reporter.slug()));
        String renamed = "Renamed desk " + System.nanoTime();
        sections.update(section.id(), renamed, section.position());
        for (String path : List.of("/", desk.path(story), section.path(), "/people/" + reporter.slug())) {
            assertThat(body(path)).as(path).contains(renamed);
        }
    }

    @Test
    void aRenamedPersonIsRenamedOnTheirBylinesAndPage() {
        Article story = desk.published("By a person", section, reporter);
        cached(List.of(desk.path(story), section.path(), reporter.path(), "/feeds/rss.xml"));
        String renamed = "Renamed Reporter " + System.nanoTime();
        people.update(reporter.id(), renamed, reporter.bio(), reporter.photoImageId());
        for (String path : List.of(desk.path(story), section.path(), reporter.path(), "/feeds/rss.xml")) {
            assertThat(body(path)).as(path).contains(renamed);
        }
    }

    @Test
    void anImageCreditEditShowsUnderTheImage() {
        Image image = media.add(new BufferedImage(1600, 900, BufferedImage.TYPE_INT_RGB),
                new NewImage("A caption", "A grey rectangle", new ImageCredit("Agency One", "")));
        Article draft = desk.draft("With a picture", section, reporter, image.id());
        Article story = articles.publish(draft.id());
        cached(List.of(desk.path(story)));
        assertThat(body(desk.path(story))).contains("Agency One");
        media.update(image.id(), new NewImage("A caption", "A grey rectangle", new ImageCredit("Agency Two", "")));
        assertThat(body(desk.path(story))).contains("Agency Two").doesNotContain("Agency One");
    }

    /** Waits (up to 10 s) until the page shows {@code text}: for changes that reach this node by the journal or clock. */
    private void eventuallyShows(String path, String text) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        String body = body(path);
        while (!body.contains(text) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            body = body(path);
        }
        assertThat(body).as(path).contains(text);
    }

    @Test
    void aChangeMadeOnAnotherNodeArrivesThroughTheJournal() {
        Article story = desk.published("Edited elsewhere", section, reporter);
        cached(List.of(desk.path(story), section.path()));
        String edited = "Edited on another node " + System.nanoTime();
        // what another node's transaction leaves behind: the new row and its journal entry, with no event here
        jdbc.sql("UPDATE articles SET headline = ? WHERE id = ?").params(edited, story.id()).update();
        jdbc.sql("INSERT INTO change_journal (kind, entity_id, recorded_at) VALUES ('article', ?, ?)")
                .params(story.id(), news.dateline.platform.Instants.toSql(clock.instant())).update();
        eventuallyShows(desk.path(story), edited);
        eventuallyShows(section.path(), edited);
    }

    @Test
    void aStoryAppearsOnListsWhenItsPublicationTimeArrives() {
        Article story = desk.publishedAt("Timed for later", section, reporter, clock.instant().plusSeconds(60));
        Article earlier = desk.published("Already out", section, reporter);
        cached(List.of(section.path(), "/feeds/sections/" + section.slug() + "/rss.xml"));
        assertThat(body(section.path())).contains(earlier.headline()).doesNotContain(story.headline());
        clock.advance(java.time.Duration.ofSeconds(61));
        eventuallyShows(section.path(), story.headline());
        eventuallyShows("/feeds/sections/" + section.slug() + "/rss.xml", story.headline());
    }

    @Test
    void newlyWrittenViewsRefreshTheMostReadLists() {
        Article story = desk.published("Much read", section, reporter);
        cached(List.of(section.path()));
        assertThat(body(section.path())).doesNotContain("most-read-day");
        var beacon = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/views/" + story.id())))
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                .header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                        + "Chrome/131.0.0.0 Safari/537.36").build();
        assertThat(send(beacon).body()).contains("\"counted\":true");
        views.flush();
        mostRead.refresh();
        var front = org.jsoup.Jsoup.parse(body(section.path()));
        assertThat(front.select("section[aria-labelledby=most-read-day] li").text()).contains(story.headline())
                .contains("1 View");
    }

    @Test
    void aCachedSearchPageShowsAStoryOnceTheIndexHasIt() {
        String word = "zqx" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "q");
        String search = "/search?q=" + word;
        cached(List.of(search));
        assertThat(body(search)).doesNotContain("Indexed later");
        Article story = articles.publish(articles.file(new NewArticle("Indexed later " + word, null, "Standfirst.",
                "Body about " + word + ".", section.id(), List.of(reporter.id()), List.of(), null), desk.staff()).id());
        eventuallyShows(search, story.headline());
    }
}
