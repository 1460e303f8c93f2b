package news.dateline.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.dateline.articles.Article;
import news.dateline.articles.ArticleWorkflow;
import news.dateline.articles.Articles;
import news.dateline.people.People;
import news.dateline.people.Person;
import news.dateline.sections.Sections;
import news.dateline.support.MutableClock;
import news.dateline.support.SiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The one visibility rule, channel by channel: a story that is a draft, embargoed, scheduled, published with a
 * time still to come, unpublished or killed appears in no feed, sitemap, listing, structured data or social
 * card, while a published story appears in all of them.
 */
class DistributionVisibilityTest extends SiteTest {

    @Autowired
    Articles articles;
    @Autowired
    ArticleWorkflow workflow;
    @Autowired
    Sections sections;
    @Autowired
    People people;
    @Autowired
    news.dateline.accounts.Accounts accounts;
    @Autowired
    MutableClock clock;

    @Test
    void hiddenStoriesAppearInNoChannelAndPublicOnesInEvery() {
        var desk = newsdesk();
        Person reporter = desk.reporter();
        var world = desk.section();
        var later = clock.instant().plus(Duration.ofHours(3));

        Map<String, Article> hidden = new LinkedHashMap<>();
        hidden.put("draft", desk.draft("Hidden draft", world, reporter, null));
        hidden.put("embargoed", workflow.embargo(desk.draft("Hidden embargoed", world, reporter, null).id(), later));
        hidden.put("scheduled", workflow.schedule(desk.draft("Hidden scheduled", world, reporter, null).id(), later));
        hidden.put("published, time to come", desk.publishedAt("Hidden not yet due", world, reporter, later));
        hidden.put("unpublished", workflow.unpublish(desk.published("Hidden unpublished", world, reporter).id()));
        hidden.put("killed", workflow.kill(desk.published("Hidden killed", world, reporter).id()));
        Article visible = desk.published("Visible story", world, reporter);

        Map<String, String> channels = new LinkedHashMap<>();
        for (String path : List.of("/feeds/rss.xml", "/feeds/atom.xml", "/feeds/sections/" + world.slug() + "/rss.xml",
                "/feeds/sections/" + world.slug() + "/atom.xml", "/feeds/people/" + reporter.slug() + "/rss.xml",
                "/feeds/people/" + reporter.slug() + "/atom.xml", "/sitemaps/news.xml", "/", world.path(),
                "/people/" + reporter.slug())) {
            channels.put(path, ok(path));
        }
        StringBuilder articleSitemaps = new StringBuilder();
        for (String sitemap : FeedsTest.all(SitemapsTest.LOC, ok("/sitemap.xml"))) {
            articleSitemaps.append(ok(SitemapsTest.path(sitemap)));
        }
        channels.put("article sitemaps", articleSitemaps.toString());

        channels.forEach((channel, body) -> {
            assertThat(body).as("the public story in %s", channel).contains(visible.slug());
            hidden.forEach((state, story) -> assertThat(body).as("a %s story in %s", state, channel)
                    .doesNotContain(story.slug()).doesNotContain(story.headline()));
        });
        assertThat(get(desk.path(visible)).body()).contains("application/ld+json", "article:published_time", "twitter:card")
                .contains("\"headline\":\"" + visible.headline() + "\"");
        hidden.forEach((state, story) -> {
            var page = get(world.path() + "/" + story.slug());
            assertThat(page.statusCode()).as("the page of a %s story", state).isEqualTo(state.equals("killed") ? 410 : 404);
            assertThat(page.body()).as("the page of a %s story", state).doesNotContain(story.headline())
                    .doesNotContain("NewsArticle").doesNotContain("article:published_time");
        });
    }

    private String ok(String path) {
        var response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }
}
