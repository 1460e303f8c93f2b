package news.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.dateline.accounts.Role;
import news.dateline.articles.Article;
import news.dateline.articles.Articles;
import news.dateline.articles.StoryQuery;
import news.dateline.media.MediaLibrary;
import news.dateline.people.People;
import news.dateline.people.Person;
import news.dateline.sections.Sections;
import news.dateline.support.LogCapture;
import news.dateline.support.NewsroomClient;
import news.dateline.support.SiteTest;
import news.dateline.support.TestAccounts;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Forged, stale, oversized and refused newsroom input: each is a clear answer (an inline form error, a 4xx page, the
 * conflict view), nothing is saved partially and nothing is logged at ERROR.
 */
class BadInputNewsroomTest extends SiteTest {

    @Autowired
    Articles articles;
    @Autowired
    Sections sections;
    @Autowired
    People people;
    @Autowired
    MediaLibrary media;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private Person person;

    private NewsroomClient client(Role role) {
        person = people.create("Writer " + System.nanoTime(), null, "", null);
        return signedIn(role, person.id());
    }

    private Map<String, Object> story(String headline) {
        Map<String, Object> form = new HashMap<>();
        form.put("headline", headline);
        form.put("section", String.valueOf(sections.all().get(0).id()));
        form.put("byline", String.valueOf(person.id()));
        form.put("body", "First paragraph.");
        return form;
    }

    private long file(NewsroomClient client, String headline) {
        var filed = client.post("/newsroom/stories", story(headline));
        assertThat(filed.statusCode()).isEqualTo(302);
        String location = filed.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.replaceAll(".*/newsroom/stories/([0-9]+).*", "$1"));
    }

    private long saved(String marker) {
        return articles.search(new StoryQuery(marker, null, null, null, null, 1, 10)).total();
    }

    private static String error(HttpResponse<String> page, String field) {
        assertThat(page.statusCode()).as("the editor again, for %s", field).isEqualTo(200);
        return Jsoup.parse(page.body()).select("p.nr-error").text();
    }

    @Test
    void forgedSectionBylineAndImageIdsAreInlineErrorsAndNothingIsSaved() {
        NewsroomClient editor = client(Role.EDITOR);
        Map<String, Map<String, Object>> forged = Map.of(
                "Choose a section from the list", Map.of("section", "999999"),
                "Choose a section from the list ", Map.of("section", "-5"),
                "Choose people from the list", Map.of("byline", "999999"),
                "Choose an image from the library", Map.of("hero", "424242"));
        try (LogCapture log = LogCapture.start()) {
            forged.forEach((message, fields) -> {
                String marker = "Forged " + System.nanoTime();
                Map<String, Object> form = story(marker);
                form.putAll(fields);
                var page = editor.post("/newsroom/stories", form);
                assertThat(error(page, fields.toString())).isEqualTo(message.strip());
                assertThat(page.body()).contains(marker);
                assertThat(saved(marker)).as("stories saved with %s", fields).isZero();
            });
            assertThat(log.errorsAndTraces()).isEmpty();
        }
    }

    @Test
    void everyStoryFieldHasAServerSideLimitWithAnInlineError() {
        NewsroomClient editor = client(Role.EDITOR);
        Map<String, Integer> tooLong = Map.of("headline", 1_000_000, "standfirst", 601, "body", 200_001, "seoTitle", 121,
                "seoDescription", 301, "heroCaption", 601, "tags", 1_001);
        tooLong.forEach((field, length) -> {
            String marker = "Long " + field + " " + System.nanoTime();
            Map<String, Object> form = story(marker);
            form.put(field, "x".repeat(length));
            form.put("hero", String.valueOf(media.recent(1).get(0).id()));
            var page = editor.post("/newsroom/stories", form);
            assertThat(error(page, field)).as(field).startsWith("Use at most ").contains("(this has " + String.format("%,d", length) + ")");
            assertThat(Jsoup.parse(page.body()).select("#" + field + "-error")).as(field).hasSize(1);
            assertThat(saved(marker)).isZero();
        });
        Map<String, Object> longTag = story("Long tag " + System.nanoTime());
        longTag.put("tags", "fine, " + "t".repeat(61));
        assertThat(error(editor.post("/newsroom/stories", longTag), "tags")).isEqualTo("Use at most 60 characters per tag");
    }

    @Test
    void aStorySavedBeforeTheLimitsExistedCanStillBeOpenedAndShortened() {
        NewsroomClient editor = client(Role.EDITOR);
        long id = file(editor, "Old long story " + System.nanoTime());
        jdbc.sql("UPDATE articles SET headline = ? WHERE id = ?").params("h".repeat(1_000), id).update();
        var open = editor.get("/newsroom/stories/" + id);
        assertThat(open.statusCode()).isEqualTo(200);
        Map<String, Object> shorter = story("Shortened " + System.nanoTime());
        shorter.put("version", String.valueOf(articles.byId(id).orElseThrow().version()));
        assertThat(editor.post("/newsroom/stories/" + id, shorter).statusCode()).isEqualTo(302);
        assertThat(articles.byId(id).orElseThrow().headline()).isEqualTo(shorter.get("headline"));
    }

    @Test
    void aFifthBylineIsRefusedWithAMessageNotDropped() {
        NewsroomClient editor = client(Role.EDITOR);
        String marker = "Five bylines " + System.nanoTime();
        Map<String, Object> form = story(marker);
        List<String> five = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            five.add(String.valueOf(people.create("Byline " + i + " " + System.nanoTime(), null, "", null).id()));
        }
        form.put("byline", five);
        assertThat(error(editor.post("/newsroom/stories", form), "bylines")).isEqualTo("A story can name at most 4 people in its byline");
        assertThat(saved(marker)).isZero();
    }

    @Test
    void sectionPersonImageCorrectionAndAccountFieldsHaveServerSideLimits() {
        NewsroomClient admin = client(Role.ADMIN);
        admin.get("/newsroom/sections");
        assertThat(admin.post("/newsroom/sections", Map.of("name", "S".repeat(81), "position", "90")).headers()
                .firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("error=Section+name"));
        admin.get("/newsroom/people");
        assertThat(admin.post("/newsroom/people", Map.of("name", "N".repeat(121))).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("error=Name"));
        assertThat(admin.post("/newsroom/people", Map.of("name", "Short name", "bio", "b".repeat(2_001))).headers()
                .firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("error=Bio"));

        var image = media.recent(1).get(0);
        admin.get("/newsroom/media/" + image.id());
        assertThat(admin.post("/newsroom/media/" + image.id(), Map.of("caption", "c".repeat(1_001), "altText", "Alt",
                "focalX", "50", "focalY", "50")).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("error=Caption"));
        assertThat(media.find(image.id()).orElseThrow().caption()).isEqualTo(image.caption());

        Article published = newsdesk().published("Correction limit");
        admin.get("/newsroom/stories/" + published.id());
        var correction = admin.post("/newsroom/stories/" + published.id() + "/corrections",
                Map.of("kind", "CORRECTION", "text", "t".repeat(2_001)));
        assertThat(correction.statusCode()).isEqualTo(400);
        assertThat(correction.body()).contains("Use at most 2,000 characters");

        admin.get("/newsroom/accounts");
        var account = admin.post("/newsroom/accounts", Map.of("username", "long-" + System.nanoTime() % 100000,
                "displayName", "D".repeat(121), "email", "", "password", TestAccounts.PASSWORD, "role", "REPORTER"));
        assertThat(error(account, "displayName")).startsWith("Use at most 120 characters");
        admin.get("/newsroom/accounts");
        var password = admin.post("/newsroom/accounts", Map.of("username", "long-" + System.nanoTime() % 100000,
                "displayName", "Long password", "email", "", "password", "p".repeat(73), "role", "REPORTER"));
        assertThat(error(password, "password")).startsWith("Use at most 72 characters");
    }

    @Test
    void aRefusedActionLeavesNoRevisionBehind() {
        NewsroomClient reporter = client(Role.REPORTER);
        String headline = "Reporter draft " + System.nanoTime();
        long id = file(reporter, headline);
        int version = articles.byId(id).orElseThrow().version();
        for (int attempt = 0; attempt < 3; attempt++) {
            reporter.get("/newsroom/stories/" + id);
            Map<String, Object> form = story(headline + " changed");
            form.put("version", String.valueOf(version));
            form.put("action", "publish");
            assertThat(reporter.post("/newsroom/stories/" + id, form).statusCode()).isEqualTo(403);
        }
        assertThat(articles.revisions(id)).hasSize(1);
        assertThat(articles.byId(id).orElseThrow().headline()).isEqualTo(headline);

        NewsroomClient contributor = client(Role.CONTRIBUTOR);
        long own = file(contributor, "Contributor draft " + System.nanoTime());
        contributor.get("/newsroom/stories/" + own);
        Map<String, Object> submit = story("Contributor draft changed");
        submit.put("version", String.valueOf(articles.byId(own).orElseThrow().version()));
        submit.put("action", "submit");
        assertThat(contributor.post("/newsroom/stories/" + own, submit).statusCode()).isEqualTo(403);
        assertThat(articles.revisions(own)).hasSize(1);
    }

    @Test
    void restoringARevisionAfterAColleagueSavedShowsTheConflictView() {
        NewsroomClient editor = client(Role.EDITOR);
        String first = "First words " + System.nanoTime();
        long id = file(editor, first);
        editor.get("/newsroom/stories/" + id);
        Map<String, Object> second = story("Second words " + System.nanoTime());
        second.put("version", String.valueOf(articles.byId(id).orElseThrow().version()));
        assertThat(editor.post("/newsroom/stories/" + id, second).statusCode()).isEqualTo(302);
        editor.get("/newsroom/stories/" + id + "/revisions");
        int seen = articles.byId(id).orElseThrow().version();

        NewsroomClient colleague = client(Role.EDITOR);
        colleague.get("/newsroom/stories/" + id);
        Map<String, Object> theirs = story("Colleague words " + System.nanoTime());
        theirs.put("version", String.valueOf(seen));
        assertThat(colleague.post("/newsroom/stories/" + id, theirs).statusCode()).isEqualTo(302);

        try (LogCapture log = LogCapture.start()) {
            var stale = editor.post("/newsroom/stories/" + id + "/revisions/1/restore", Map.of("version", String.valueOf(seen)));
            assertThat(stale.statusCode()).isEqualTo(409);
            var page = Jsoup.parse(stale.body());
            assertThat(page.select(".nr-conflict h2").text()).contains("saved this story at");
            assertThat(page.select(".nr-version-headline").eachText()).containsExactly((String) theirs.get("headline"), first);
            assertThat(page.select("textarea#headline").text()).isEqualTo(first);
            assertThat(log.errorsAndTraces()).isEmpty();
        }
        assertThat(articles.revisions(id)).hasSize(3);
        assertThat(articles.byId(id).orElseThrow().headline()).isEqualTo(theirs.get("headline"));
    }

    @Test
    void theNewsroomAddressWithASlashLeadsToTheNewsroom() {
        NewsroomClient editor = client(Role.EDITOR);
        var response = editor.get("/newsroom/");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/newsroom"));
        assertThat(editor.get("/newsroom").statusCode()).isEqualTo(200);
    }

    @Test
    void undecodableBytesInANewsroomSearchAreA400() {
        NewsroomClient editor = client(Role.EDITOR);
        try (LogCapture log = LogCapture.start()) {
            var response = editor.get("/newsroom?q=%ff");
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            assertThat(log.errorsAndTraces()).isEmpty();
        }
    }
}
