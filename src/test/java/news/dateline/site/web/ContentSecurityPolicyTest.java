package news.dateline.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import news.dateline.accounts.Accounts;
import news.dateline.accounts.Role;
import news.dateline.articles.Articles;
import news.dateline.articles.NewArticle;
import news.dateline.articles.PublishedStories;
import news.dateline.articles.Staff;
import news.dateline.support.NewsroomClient;
import news.dateline.support.SiteTest;
import news.dateline.support.TestAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every public page type and every newsroom page carries a strict Content-Security-Policy, and none relies on what
 * it forbids: inline scripts (JSON-LD is a data block), event-handler attributes, style attributes.
 */
class ContentSecurityPolicyTest extends SiteTest {

    static final String STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; ";
    /** Public pages may frame only themselves and the players of embeds a reader chose to load (ADR 0020). */
    static final String PLAYERS = "frame-src 'self' https://www.youtube-nocookie.com https://player.vimeo.com "
            + "https://www.instagram.com https://www.facebook.com https://www.tiktok.com https://w.soundcloud.com "
            + "https://open.spotify.com; ";

    @Autowired
    Accounts accounts;
    @Autowired
    Articles articles;
    @Autowired
    PublishedStories published;

    private static void assertStrict(String path, HttpResponse<String> response, String frameAncestors) {
        assertThat(response.headers().allValues("Content-Security-Policy")).as(path)
                .containsExactly(STRICT + (frameAncestors.equals("'none'") ? "" : PLAYERS) + "frame-ancestors " + frameAncestors);
        var doc = Jsoup.parse(response.body());
        assertThat(doc.select("script:not([src])").stream().filter(s -> !s.attr("type").equals("application/ld+json")))
                .as("inline scripts in %s", path).isEmpty();
        assertThat(doc.getAllElements().stream().flatMap(e -> e.attributes().asList().stream()).map(Attribute::getKey)
                .filter(name -> name.equals("style") || name.startsWith("on")))
                .as("style and event-handler attributes in %s", path).isEmpty();
        assertThat(doc.select("style")).as("style elements in %s", path).isEmpty();
        assertThat(doc.select("[href^=javascript:], [src^=javascript:]")).as(path).isEmpty();
    }

    @Test
    void everyPublicPageTypeCarriesTheStrictPolicy() {
        for (String path : List.of("/", "/world", "/world/page/2", PublicPagesTest.SEED, "/people/aditya-g-varma",
                "/search?q=moscow", "/search", "/no-such-section-for-csp")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isIn(200, 404);
            assertStrict(path, response, "'self'");
        }
        assertStrict("cached " + PublicPagesTest.SEED, untilCached(PublicPagesTest.SEED), "'self'");
    }

    @Test
    void everyNewsroomPageCarriesTheStrictPolicyAndIsNeverFramed() {
        assertStrict("/newsroom/login", get("/newsroom/login"), "'none'");
        var admin = TestAccounts.create(accounts, Role.ADMIN, null);
        var newsroom = new NewsroomClient(port);
        assertThat(newsroom.signIn(admin.username(), TestAccounts.PASSWORD)).endsWith("/newsroom");
        var seed = published.findPublished(PublicPagesTest.SEED.substring(PublicPagesTest.SEED.lastIndexOf('/') + 1)).orElseThrow();
        long draft = articles.file(new NewArticle("Policy draft " + System.nanoTime(), null, "", "Body.", seed.sectionId(),
                seed.bylines(), List.of(), null), new Staff(admin.id(), admin.displayName())).id();
        for (String path : List.of("/newsroom", "/newsroom/search?q=moscow", "/newsroom/stories/new",
                "/newsroom/stories/" + draft, "/newsroom/stories/" + seed.id(), "/newsroom/stories/" + seed.id() + "/revisions",
                "/newsroom/media", "/newsroom/media/" + seed.hero().imageId(), "/newsroom/analytics",
                "/newsroom/analytics/stories/" + seed.id(), "/newsroom/sections", "/newsroom/people", "/newsroom/accounts")) {
            HttpResponse<String> response = newsroom.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertStrict(path, response, "'none'");
        }
    }
}
