package news.dateline.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import news.dateline.articles.Article;
import news.dateline.articles.ArticleWorkflow;
import news.dateline.articles.Articles;
import news.dateline.support.Newsdesk;
import news.dateline.media.MediaLibrary;
import news.dateline.people.People;
import news.dateline.people.Person;
import news.dateline.sections.Section;
import news.dateline.sections.Sections;
import news.dateline.support.SiteTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the invalidation tests share: a desk of their own (a new section and reporter per test), pages proven
 * cached before a change, and reading a page as the next reader would.
 */
abstract class InvalidationTestSupport extends SiteTest {

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
    news.dateline.views.ArticleViews views;
    @Autowired
    news.dateline.views.MostRead mostRead;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    news.dateline.support.MutableClock clock;

    Newsdesk desk;
    Section section;
    Person reporter;

    @BeforeEach
    void newDesk() {
        desk = newsdesk();
        long n = System.nanoTime();
        section = sections.create("Desk " + n, "desk-" + n, 200);
        reporter = desk.reporter();
    }

    /** Makes sure each page is served from the cache before the change. */
    void cached(List<String> paths) {
        paths.forEach(this::untilCached);
    }

    String body(String path) {
        var response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    Map<String, String> pagesOf(Article story) {
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

    /** Waits (up to 10 s) until the page shows {@code text}: for changes that reach this node by the journal or clock. */
    void eventuallyShows(String path, String text) {
        org.awaitility.Awaitility.await(path + " shows \"" + text + "\"").atMost(java.time.Duration.ofSeconds(10))
                .pollDelay(java.time.Duration.ZERO).pollInterval(java.time.Duration.ofMillis(10))
                .until(() -> body(path), body -> body.contains(text));
    }
}
