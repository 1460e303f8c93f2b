package news.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import news.dateline.accounts.Accounts;
import news.dateline.accounts.Role;
import news.dateline.articles.Article;
import news.dateline.articles.Articles;
import news.dateline.sections.Sections;
import news.dateline.support.NewsroomClient;
import news.dateline.support.SiteTest;
import news.dateline.support.TestAccounts;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Editors' desk actions over HTTP: corrections readers see, a refused "save and act" that saves nothing, sections and
 * people, bad input answered politely.
 */
class DeskActionsTest extends SiteTest {

    @Autowired
    Accounts accounts;
    @Autowired
    Articles articles;
    @Autowired
    Sections sections;

    private NewsroomClient editor() {
        NewsroomClient client = new NewsroomClient(port);
        client.signIn(TestAccounts.create(accounts, Role.EDITOR, null).username(), TestAccounts.PASSWORD);
        client.get("/newsroom");
        return client;
    }

    @Test
    void aCorrectionAppearsOnThePublicPageAsADatedNoticeAndMovesTheUpdateLine() {
        Article story = articles.search(new news.dateline.articles.StoryQuery("Amateur astronomers", null, null, null, null, 1, 1))
                .articles().get(0);
        String path = "/science/" + story.slug();
        assertThat(Jsoup.parse(get(path).body()).select(".corrections")).isEmpty();

        NewsroomClient editor = editor();
        var response = editor.post("/newsroom/stories/" + story.id() + "/corrections",
                Map.of("kind", "CORRECTION", "text", "An earlier version gave the wrong distance to the star."));
        assertThat(response.statusCode()).isEqualTo(302);

        var page = Jsoup.parse(get(path).body());
        assertThat(page.select(".corrections .correction").text())
                .startsWith("Correction, ").endsWith(": An earlier version gave the wrong distance to the star.");
        assertThat(page.select(".corrections time").attr("datetime")).isNotBlank();
        assertThat(page.select(".updated").text()).startsWith("Updated On ");
    }

    @Test
    void saveAndScheduleRefusedAfterTheSaveLeavesNoRevisionBehind() {
        var desk = newsdesk();
        Article story = desk.draft("Saved then refused", desk.section(), desk.reporter(), null);
        NewsroomClient editor = editor();
        editor.get("/newsroom/stories/" + story.id());
        var response = editor.post("/newsroom/stories/" + story.id(), Map.of("version", String.valueOf(story.version()),
                "headline", story.headline() + " changed", "section", String.valueOf(story.sectionId()),
                "byline", String.valueOf(story.bylines().get(0)), "body", "Changed body.",
                "action", "schedule", "releaseAt", "2020-01-01T09:30"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(response.body()).select(".nr-error").text()).isEqualTo("Choose a publication time in the future");
        assertThat(articles.revisions(story.id())).hasSize(1);
        Article after = articles.byId(story.id()).orElseThrow();
        assertThat(after.headline()).isEqualTo(story.headline());
        assertThat(after.version()).isEqualTo(story.version());
    }

    @Test
    void editorsAddAndRenameSectionsAndPeople() {
        NewsroomClient editor = editor();
        assertThat(editor.post("/newsroom/sections", Map.of("name", "Culture", "position", "75")).statusCode()).isEqualTo(302);
        assertThat(get("/culture").statusCode()).isEqualTo(200);
        long id = sections.bySlug("culture").orElseThrow().id();
        editor.get("/newsroom/sections");
        editor.post("/newsroom/sections/" + id, Map.of("name", "Culture & Arts", "position", "75"));
        assertThat(Jsoup.parse(get("/culture").body()).select("h1").text()).isEqualTo("Culture & Arts");

        var refused = editor.post("/newsroom/sections", Map.of("name", "People", "position", "80"));
        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("error="));

        editor.get("/newsroom/people");
        assertThat(editor.post("/newsroom/people", Map.of("name", "Guest Writer", "bio", "A guest contributor.")).statusCode())
                .isEqualTo(302);
        assertThat(get("/people/guest-writer").statusCode()).isEqualTo(200);
    }

    @Test
    void malformedNewsroomInputIsAnsweredWithAMessageNotAnError() {
        NewsroomClient editor = editor();
        assertThat(editor.get("/newsroom/stories/999999999").statusCode()).isEqualTo(404);
        assertThat(editor.get("/newsroom/stories/abc").statusCode()).isBetween(400, 404);
        var badSection = editor.post("/newsroom/stories", Map.of("headline", "A story", "section", "x", "byline", "1"));
        assertThat(badSection.statusCode()).isEqualTo(200);
        assertThat(badSection.body()).contains("Choose a section").contains("A story");
        var noHeadline = editor.post("/newsroom/stories", Map.of("headline", " ", "section", sections.all().get(0).id(), "byline", "1"));
        assertThat(noHeadline.body()).contains("A story needs a headline");
        assertThat(editor.get("/newsroom?page=abc&status=NOPE&section=zz").statusCode()).isEqualTo(200);
        var badTime = editor.post("/newsroom/stories/1", Map.of("version", "0", "headline", "x", "section", "1",
                "byline", "1", "action", "schedule", "releaseAt", "tomorrow"));
        assertThat(badTime.statusCode()).isBetween(200, 409);
        assertThat(badTime.body()).doesNotContain("Exception");
    }
}
