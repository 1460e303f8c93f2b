package news.dateline.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import news.dateline.accounts.Role;
import news.dateline.articles.Article;
import news.dateline.articles.ArticleWorkflow;
import news.dateline.articles.Articles;
import news.dateline.people.People;
import news.dateline.platform.Slug;
import news.dateline.sections.Sections;
import news.dateline.support.Newsdesk;
import news.dateline.support.NewsroomClient;
import news.dateline.support.SiteTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Headlines, sections and people in the world's scripts get readable addresses (ASCII for Latin, Cyrillic and Greek;
 * the script itself, percent-encoded, for the others), filed through the newsroom and read on the public site.
 */
class WorldScriptsTest extends SiteTest {

    @Autowired
    Articles articles;
    @Autowired
    ArticleWorkflow workflow;
    @Autowired
    Sections sections;
    @Autowired
    People people;

    private NewsroomClient editor() {
        return signedIn(Role.EDITOR, null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Москва готовится к параду | moskva-gotovitsa-k-paradu",
            "北京 | 北京",
            "مرحبا بالعالم | مرحبا-بالعالم",
            "Ελλάδα 2026 | ellada-2026",
            "שלום ירושלים | שלום-ירושלים",
            "東京オリンピック | 東京オリンピック"
    })
    void storiesInEveryScriptAreFiledAndReadAtTheirAddress(String script, String expected) {
        String n = Long.toString(System.nanoTime());
        String headline = script + " " + n;
        NewsroomClient editor = editor();
        var section = Newsdesk.scriptsSection(sections);
        long byline = Newsdesk.scriptsCorrespondent(people).id();
        var filed = editor.post("/newsroom/stories", Map.of("headline", headline, "section", section.id(),
                "byline", byline, "standfirst", "Standfirst " + n, "body", "Body " + n));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(302);
        long id = storyId(filed);
        Article story = workflow.publish(id);
        assertThat(story.slug()).isEqualTo(expected + "-" + n);

        String path = "/scripts-desk/" + Slug.encode(story.slug());
        var page = get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        var html = Jsoup.parse(page.body());
        assertThat(html.select("h1").text()).isEqualTo(headline);
        assertThat(html.select("link[rel=canonical]").attr("href")).endsWith(path);
        assertThat(get("/science/" + Slug.encode(story.slug())).headers().firstValue("Location")).hasValue(path);
        assertThat(get("/scripts-desk").body()).contains("href=\"" + path + "\"");
        assertThat(get("/feeds/sections/scripts-desk/rss.xml").body()).contains(path + "</link>");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Москва | moskva",
            "北京 | 北京",
            "القاهرة | القاهرة",
            "Ελλάδα 2026 | ellada-2026",
            "ירושלים | ירושלים",
            "東京 | 東京"
    })
    void sectionsAndPeopleInEveryScriptHaveReadableAddresses(String script, String expected) {
        String n = Long.toString(System.nanoTime());
        NewsroomClient editor = editor();
        editor.get("/newsroom/sections");
        assertThat(editor.post("/newsroom/sections", Map.of("name", script + " " + n, "position", "90")).statusCode()).isEqualTo(302);
        var section = sections.bySlug(expected + "-" + n).orElseThrow();
        var front = get(section.path());
        assertThat(front.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(front.body()).select("h1").text()).isEqualTo(script + " " + n);
        assertThat(get("/feeds/sections/" + Slug.encode(section.slug()) + "/atom.xml").statusCode()).isEqualTo(200);

        editor.get("/newsroom/people");
        assertThat(editor.post("/newsroom/people", Map.of("name", script + " " + n, "bio", "Bio")).statusCode()).isEqualTo(302);
        var person = people.bySlug(expected + "-" + n).orElseThrow();
        assertThat(person.path()).isEqualTo("/people/" + Slug.encode(expected + "-" + n));
        assertThat(get(person.path()).statusCode()).isEqualTo(200);
        assertThat(get("/feeds/people/" + Slug.encode(person.slug()) + "/rss.xml").statusCode()).isEqualTo(200);
    }

    @Test
    void aHeadlineWithNothingUsableGetsAStableAddressAndATypedBadAddressIsAFormError() {
        NewsroomClient editor = editor();
        var section = Newsdesk.scriptsSection(sections);
        long byline = Newsdesk.scriptsCorrespondent(people).id();
        var filed = editor.post("/newsroom/stories", Map.of("headline", "🎉🎉🎉 !!!", "section", section.id(),
                "byline", byline));
        assertThat(filed.statusCode()).isEqualTo(302);
        long id = storyId(filed);
        assertThat(articles.byId(id).orElseThrow().slug()).matches("story-\\d{4}-\\d{2}-\\d{2}(-\\d+)?");

        editor.get("/newsroom/stories/new");
        var refused = editor.post("/newsroom/stories", Map.of("headline", "A story", "slug", "no/slashes here",
                "section", section.id(), "byline", byline));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("single hyphens in the address");

        editor.get("/newsroom/sections");
        var badSection = editor.post("/newsroom/sections", Map.of("name", "🎉", "slug", "a b", "position", "90"));
        assertThat(badSection.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("error="));
        assertThat(editor.post("/newsroom/people", Map.of("name", "🎉🎉", "bio", "")).statusCode()).isEqualTo(302);
        assertThat(people.all()).anyMatch(p -> p.displayName().equals("🎉🎉") && p.slug().startsWith("person"));
    }

    @Test
    void sitemapsAndThePageCacheTakePercentEncodedAddresses() {
        var story = workflow.publish(editorFiles("北京 sitemap " + System.nanoTime()));
        String path = "/scripts-desk/" + Slug.encode(story.slug());
        assertThat(path).contains("%E5%8C%97%E4%BA%AC");
        assertThat(get("/sitemaps/news.xml").body()).contains(path + "</loc>");
        assertThat(List.of(get(path).statusCode(), get("/scripts-desk/" + story.slug()).statusCode())).containsOnly(200);
        assertThat(untilCached(path).body()).contains(story.headline());
    }

    private static long storyId(java.net.http.HttpResponse<String> filed) {
        var m = java.util.regex.Pattern.compile("/newsroom/stories/(\\d+)").matcher(filed.headers().firstValue("Location").orElse(""));
        assertThat(m.find()).as("filed: " + filed.statusCode() + " " + filed.headers().firstValue("Location")).isTrue();
        return Long.parseLong(m.group(1));
    }

    private long editorFiles(String headline) {
        var filed = editor().post("/newsroom/stories", Map.of("headline", headline,
                "section", Newsdesk.scriptsSection(sections).id(), "byline", Newsdesk.scriptsCorrespondent(people).id()));
        return storyId(filed);
    }
}
