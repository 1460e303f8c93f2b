package news.dateline.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import news.dateline.support.SiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The public pages over real HTTP, with the demo newspaper loaded. */
class PublicPagesTest extends SiteTest {

    static final String SEED = "/world/xi-jinping-arrived-in-moscow-to-show-support-for-putin";

    private Document page(String path) {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as("status of %s", path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        return Jsoup.parse(response.body(), url(path));
    }

    @Test
    void theSeedArticleShowsEveryElementOfTheSeedPage() {
        Document doc = page(SEED);

        assertThat(doc.select("html").attr("lang")).isEqualTo("en");
        assertThat(doc.select(".section-label").text()).isEqualTo("World");
        assertThat(doc.select(".section-label").attr("href")).isEqualTo("/world");
        assertThat(doc.select("h1").text())
                .isEqualTo("Xi Jinping arrived in Moscow to show support for Putin after Ukrainian drone strikes on the capital.");
        assertThat(doc.select(".published").text()).isEqualTo("Published On Thu, 08 May 2025");
        assertThat(doc.select(".byline a").text()).isEqualTo("Aditya G. Varma");
        assertThat(doc.select(".byline a").attr("href")).isEqualTo("/people/aditya-g-varma");
        assertThat(doc.select(".views").text()).isEqualTo("0 Views");
        assertThat(doc.select(".share").text()).contains("Share");
        assertThat(doc.select(".image-credit").text()).isEqualTo("Disclaimer: This image is taken from Reuters.");
        assertThat(doc.select(".article-body p").first().text()).startsWith("Chinese President Xi Jinping arrived in Moscow on May 7");
        assertThat(doc.select(".article-body p")).hasSize(5);
        assertThat(doc.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost:8080" + SEED);
    }

    @Test
    void aSubstantiveUpdateIsShownAfterThePublicationLineWithSeveralBylines() {
        Document doc = page("/business/container-freight-rates-fall-fourth-week");
        assertThat(doc.select(".published").text()).isEqualTo("Published On Tue, 06 May 2025");
        assertThat(doc.select(".updated").text()).isEqualTo("Updated On Tue, 06 May 2025, 15:40 BST");
        assertThat(doc.select(".updated").attr("datetime")).isEqualTo("2025-05-06T15:40:00+01:00");
        assertThat(doc.select(".byline a").eachText()).containsExactly("Maria Okafor", "Lukas Brandt");
        assertThat(doc.select(".views").text()).matches("[0-9]{1,3}(,[0-9]{3})* Views");
    }

    @Test
    void theHeroImageIsResponsiveWithItsSizeSet() {
        Document doc = page(SEED);
        var hero = doc.selectFirst("figure.hero img");
        assertThat(hero).isNotNull();
        assertThat(hero.attr("srcset")).contains("320w").contains("1024w").contains("2048w");
        assertThat(hero.attr("sizes")).isNotBlank();
        assertThat(hero.attr("width")).isEqualTo("2400");
        assertThat(hero.attr("height")).isEqualTo("1350");
        assertThat(hero.attr("alt")).isNotBlank();
        HttpResponse<String> image = get(hero.attr("src"));
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(image.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("immutable"));
    }

    @Test
    void shareLinksCoverTheNetworksAndCarryTheArticleUrl() {
        Document doc = page(SEED);
        var links = doc.select(".share a[href]").eachAttr("href");
        assertThat(links).anyMatch(h -> h.startsWith("https://x.com/"))
                .anyMatch(h -> h.startsWith("https://www.facebook.com/"))
                .anyMatch(h -> h.startsWith("https://wa.me/"))
                .anyMatch(h -> h.startsWith("https://t.me/"))
                .anyMatch(h -> h.startsWith("https://www.linkedin.com/"))
                .anyMatch(h -> h.startsWith("mailto:"));
        assertThat(links).filteredOn(h -> h.startsWith("https://www.facebook.com/"))
                .allMatch(h -> h.contains("localhost%3A8080%2Fworld%2Fxi-jinping"));
    }

    @Test
    void theHomePageHasALeadStoryThumbnailsAndSectionBlocks() {
        Document doc = page("/");
        assertThat(doc.select("h1, h2, h3").eachText()).isNotEmpty();
        var thumbnails = doc.select("main img");
        assertThat(thumbnails).hasSizeGreaterThan(6);
        thumbnails.forEach(img -> {
            assertThat(img.attr("alt")).isNotBlank();
            assertThat(img.attr("width")).isNotBlank();
            assertThat(img.attr("src")).matches("/media/[0-9a-f]+/16x9-[0-9]+-[0-9]+-(320|480|640)\\.jpg");
        });
        assertThat(doc.select("main a[href=/world]")).isNotEmpty();
        assertThat(doc.select("nav a").eachText()).contains("World", "Politics", "Business", "Technology", "Science", "Sport", "Opinion");
    }

    @Test
    void aSectionFrontListsItsStoriesNewestFirst() {
        Document doc = page("/world");
        assertThat(doc.select("h1").text()).isEqualTo("World");
        var times = doc.select("main article time").eachAttr("datetime");
        assertThat(times).isNotEmpty().isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(doc.select("main a[href=" + SEED + "]")).isNotEmpty();
    }

    @Test
    void aPersonPageShowsTheBioAndTheirStories() {
        Document doc = page("/people/aditya-g-varma");
        assertThat(doc.select("h1").text()).isEqualTo("Aditya G. Varma");
        assertThat(doc.select("main").text()).contains("Aditya G. Varma");
        assertThat(doc.select("main a[href=" + SEED + "]")).isNotEmpty();
    }

    @Test
    void anArticleUnderTheWrongSectionRedirectsPermanentlyToItsAddress() {
        HttpResponse<String> response = get("/sport/xi-jinping-arrived-in-moscow-to-show-support-for-putin");
        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(SEED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/no-such-section", "/world/no-such-story", "/people/nobody-here", "/world/page/999",
            "/world/page/0", "/world/page/1x", "/world/page/99999999999", "/people/aditya-g-varma/page/7",
            "/media/nothing/320.jpg", "/World", "/world/Xi", "/a/b/c/d", "/assets/nope.css"})
    void unknownAddressesAreAFriendly404(String path) {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).isEqualTo(404);
        if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
            Document doc = Jsoup.parse(response.body());
            assertThat(doc.select("h1").text()).isEqualTo("Page not found");
            assertThat(doc.select("nav a").eachText()).contains("World");
        }
        assertThat(response.body()).doesNotContain("Exception", "at news.dateline", "Whitelabel");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/%2e%2e/%2e%2e/etc/passwd", "/world/..%2f..%2fetc%2fpasswd", "/world;jsessionid=x/..;/..;/etc"})
    void malformedAddressesAreRefusedPolitely(String path) {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).isBetween(400, 404);
        assertThat(response.body()).doesNotContain("Exception", "at news.dateline", "Whitelabel", "root:");
    }
}
