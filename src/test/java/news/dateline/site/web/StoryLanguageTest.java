package news.dateline.site.web;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each story has a language: the page's lang and dir, its date line, structured data, feeds and news sitemap follow it. */
class StoryLanguageTest extends SiteTest {

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

    private Article fileAndPublish(NewsroomClient editor, String headline, String language) {
        var filed = editor.post("/newsroom/stories", Map.of("headline", headline, "language", language,
                "section", Newsdesk.scriptsSection(sections).id(), "byline", Newsdesk.scriptsCorrespondent(people).id(),
                "body", "نص " + headline));
        var m = java.util.regex.Pattern.compile("/newsroom/stories/(\\d+)").matcher(filed.headers().firstValue("Location").orElse(""));
        assertThat(m.find()).as(filed.body()).isTrue();
        return workflow.publish(Long.parseLong(m.group(1)));
    }

    @Test
    void anArabicStoryReadsRightToLeftInArabicEverywhere() {
        String headline = "القمة العربية تنطلق في القاهرة " + System.nanoTime();
        NewsroomClient editor = editor();
        Article story = fileAndPublish(editor, headline, "ar");
        assertThat(story.language()).isEqualTo("ar");
        assertThat(Jsoup.parse(editor.get("/newsroom/stories/" + story.id()).body()).select("#language option[selected]").val())
                .isEqualTo("ar");

        String path = "/scripts-desk/" + Slug.encode(story.slug());
        var page = Jsoup.parse(get(path).body());
        assertThat(page.select("html").attr("lang")).isEqualTo("ar");
        assertThat(page.select("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.select(".published").text()).startsWith("نُشر في ");
        assertThat(page.select("script[type=application/ld+json]").html()).contains("\"inLanguage\":\"ar\"");

        var atom = Jsoup.parse(get("/feeds/sections/scripts-desk/atom.xml").body(), Parser.xmlParser());
        assertThat(atom.select("entry").stream().filter(e -> e.select("title").text().equals(headline)).findFirst().orElseThrow()
                .attr("xml:lang")).isEqualTo("ar");
        var rss = Jsoup.parse(get("/feeds/sections/scripts-desk/rss.xml").body(), Parser.xmlParser());
        assertThat(rss.select("item").stream().filter(e -> e.select("title").text().equals(headline)).findFirst().orElseThrow()
                .select("dc|language").text()).isEqualTo("ar");
        var news = Jsoup.parse(get("/sitemaps/news.xml").body(), Parser.xmlParser());
        assertThat(news.select("url").stream().filter(u -> u.select("news|title").text().equals(headline)).findFirst().orElseThrow()
                .select("news|language").text()).isEqualTo("ar");

        var home = Jsoup.parse(get("/").body());
        assertThat(home.select("html").attr("lang")).isEqualTo("en");
        assertThat(home.select("html").attr("dir")).isEqualTo("ltr");
    }

    @Test
    void aChineseStoryIsInChineseLeftToRightAndAnEnglishOneKeepsItsEnglishDateLine() {
        NewsroomClient editor = editor();
        Article chinese = fileAndPublish(editor, "北京举行新闻发布会 " + System.nanoTime(), "zh-hans");
        assertThat(chinese.language()).isEqualTo("zh-Hans");
        var page = Jsoup.parse(get("/scripts-desk/" + Slug.encode(chinese.slug())).body());
        assertThat(page.select("html").attr("lang")).isEqualTo("zh-Hans");
        assertThat(page.select("html").attr("dir")).isEqualTo("ltr");
        assertThat(page.select(".published").text()).startsWith("发布于 ").contains("年");

        editor.get("/newsroom/stories/new");
        Article english = fileAndPublish(editor, "Summit opens in Cairo " + System.nanoTime(), "en");
        var englishPage = Jsoup.parse(get("/scripts-desk/" + english.slug()).body());
        assertThat(englishPage.select("html").attr("lang")).isEqualTo("en");
        assertThat(englishPage.select(".published").text()).matches("Published On \\w{3}, \\d{2} \\w{3} \\d{4}");
    }

    @Test
    void anUnknownLanguageIsAnInlineFormErrorAndTheTextIsKept() {
        NewsroomClient editor = editor();
        var refused = editor.post("/newsroom/stories", Map.of("headline", "Klingon news", "language", "tlh-bogus",
                "section", Newsdesk.scriptsSection(sections).id(), "byline", Newsdesk.scriptsCorrespondent(people).id()));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Choose a language from the list").contains("Klingon news");
    }
}
