package news.dateline.api.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import news.dateline.accounts.Role;
import news.dateline.articles.Article;
import news.dateline.articles.ArticleStatus;
import news.dateline.articles.Articles;
import news.dateline.people.People;
import news.dateline.sections.Section;
import news.dateline.support.ApiKeys;
import news.dateline.support.SiteTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The Admin API files and edits stories with a token's role, atomically, recorded as the integration's. */
class AdminStoriesApiTest extends SiteTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private ApplicationContext context;
    @Autowired
    private Articles articles;
    @Autowired
    private People people;

    private HttpResponse<String> call(String method, String path, String token, String body) {
        var request = HttpRequest.newBuilder(URI.create(url("/api/v1/admin/stories" + path)))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return send(request.build());
    }

    private static JsonNode ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    private static JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("Exception", "at news.dateline");
        return JSON.readTree(response.body());
    }

    private String story(String headline, Section section, long personId) {
        ObjectNode story = JSON.createObjectNode();
        story.put("headline", headline).put("standfirst", "Standfirst").put("body", "First paragraph.\n\nSecond.")
                .put("section", section.slug());
        story.putArray("bylines").add(personId);
        story.putArray("tags").add("Wire");
        return story.toString();
    }

    @Test
    void anEditorsTokenFilesAndPublishesAndTheStoryIsOnTheSiteAttributedToTheIntegration() {
        String token = ApiKeys.admin(context, "Wire desk Ångström", Role.EDITOR);
        Section section = newsdesk().section();
        String headline = "Zoë Ångström files from Київ — القاهرة " + System.nanoTime();
        ObjectNode input = (ObjectNode) JSON.readTree(story(headline, section, newsdesk().reporter().id()));
        String newName = "Яна Коваль " + System.nanoTime();
        ((tools.jackson.databind.node.ArrayNode) input.get("bylines")).addObject().put("name", newName);

        JsonNode filed = ok(call("POST", "", token, input.toString()), 201);
        long id = filed.get("id").asLong();
        assertThat(filed.get("status").asString()).isEqualTo("draft");
        assertThat(filed.get("headline").asString()).isEqualTo(headline);
        assertThat(filed.get("sectionId").asLong()).isEqualTo(section.id());
        assertThat(filed.get("bylines")).hasSize(2);
        assertThat(people.byId(filed.get("bylines").get(1).asLong()).orElseThrow().displayName()).isEqualTo(newName);
        assertThat(ok(call("GET", "/" + id, token, null), 200).get("version").asInt())
                .isEqualTo(filed.get("version").asInt());

        JsonNode published = ok(call("POST", "/" + id + "/publish", token, null), 200);
        assertThat(published.get("status").asString()).isEqualTo("published");
        assertThat(published.get("firstPublishedAt").asString()).endsWith("Z");
        assertThat(articles.revisions(id)).first().satisfies(r ->
                assertThat(r.savedBy()).isEqualTo("Wire desk Ångström (integration)"));

        String path = newsdesk().path(articles.byId(id).orElseThrow());
        Awaitility.await("published story on the site").atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var page = get(path);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Zoë Ångström files from Київ");
        });

        ok(call("POST", "/" + id + "/corrections", token, "{\"kind\":\"correction\",\"text\":\"An earlier version misspelt a name.\"}"), 200);
        assertThat(articles.byId(id).orElseThrow().lastUpdatedAt()).isNotNull();
    }

    @Test
    void aContributorsTokenWorksOnItsOwnDraftsOnlyAndMayNotPublish() {
        String contributor = ApiKeys.admin(context, "Stringer app", Role.CONTRIBUTOR);
        String otherContributor = ApiKeys.admin(context, "Other stringer", Role.CONTRIBUTOR);
        String reporter = ApiKeys.admin(context, "Reporter app", Role.REPORTER);
        Section section = newsdesk().section();
        long person = newsdesk().reporter().id();

        JsonNode filed = ok(call("POST", "", contributor, story("Stringer copy " + System.nanoTime(), section, person)), 201);
        long id = filed.get("id").asLong();
        ObjectNode edit = (ObjectNode) JSON.readTree(story("Stringer copy edited", section, person));
        edit.put("version", filed.get("version").asInt());
        JsonNode saved = ok(call("PUT", "/" + id, contributor, edit.toString()), 200);
        assertThat(saved.get("headline").asString()).isEqualTo("Stringer copy edited");
        assertThat(saved.get("version").asInt()).isGreaterThan(filed.get("version").asInt());

        problem(call("POST", "/" + id + "/publish", contributor, null), 403);
        problem(call("POST", "/" + id + "/submit", contributor, null), 403);
        problem(call("GET", "/" + id, otherContributor, null), 404);
        problem(call("POST", "/" + id + "/publish", reporter, null), 404);
        edit.put("version", saved.get("version").asInt());
        problem(call("PUT", "/" + id, otherContributor, edit.toString()), 404);
        assertThat(articles.byId(id).orElseThrow().status()).isEqualTo(ArticleStatus.DRAFT);

        JsonNode own = ok(call("POST", "", reporter, story("Reporter copy " + System.nanoTime(), section, person)), 201);
        long ownId = own.get("id").asLong();
        assertThat(ok(call("POST", "/" + ownId + "/submit", reporter, null), 200).get("status").asString())
                .isEqualTo("ready");
        ObjectNode late = (ObjectNode) JSON.readTree(story("Too late", section, person));
        late.put("version", articles.byId(ownId).orElseThrow().version());
        problem(call("PUT", "/" + ownId, reporter, late.toString()), 403);
        problem(call("POST", "/" + ownId + "/kill", reporter, null), 403);

        String editor = ApiKeys.admin(context, "Desk editor", Role.EDITOR);
        assertThat(ok(call("POST", "/" + id + "/kill", editor, null), 200).get("status").asString()).isEqualTo("killed");
        problem(call("GET", "/1", ApiKeys.content(context, "Reader"), null), 403);
    }

    @Test
    void aSaveFromAStaleVersionIs409WithTheCurrentVersion() {
        String token = ApiKeys.admin(context, "Data desk", Role.EDITOR);
        Section section = newsdesk().section();
        long person = newsdesk().reporter().id();
        JsonNode filed = ok(call("POST", "", token, story("Election data " + System.nanoTime(), section, person)), 201);
        long id = filed.get("id").asLong();
        int version = filed.get("version").asInt();
        ObjectNode first = (ObjectNode) JSON.readTree(story("First save", section, person));
        first.put("version", version);
        int current = ok(call("PUT", "/" + id, token, first.toString()), 200).get("version").asInt();
        ObjectNode second = (ObjectNode) JSON.readTree(story("Second save from the old version", section, person));
        second.put("version", version);
        JsonNode conflict = problem(call("PUT", "/" + id, token, second.toString()), 409);
        assertThat(conflict.get("errors").get("version").asString()).isEqualTo(String.valueOf(current));
        assertThat(articles.byId(id).orElseThrow().headline()).isEqualTo("First save");
    }

    @Test
    void anHtmlBodyIsConvertedAndHostileMarkupRemoved() {
        String token = ApiKeys.admin(context, "CMS bridge", Role.EDITOR);
        ObjectNode input = (ObjectNode) JSON.readTree(story("HTML copy " + System.nanoTime(), newsdesk().section(),
                newsdesk().reporter().id()));
        input.put("format", "html").put("body", "<h2>Overnight</h2><p>Talks <strong>resumed</strong>.</p>"
                + "<script>alert('x')</script><p onclick=\"steal()\">Then <a href=\"javascript:alert(1)\">this</a>"
                + " and <a href=\"https://example.org/report\">the report</a>.</p><iframe src=\"https://evil.example\"></iframe>");
        JsonNode filed = ok(call("POST", "", token, input.toString()), 201);
        String body = filed.get("body").asString();
        assertThat(body).contains("## Overnight", "**resumed**", "[the report](https://example.org/report)");
        assertThat(body).doesNotContain("<script", "alert", "onclick", "steal", "javascript:", "<iframe");
    }

    @Test
    void badInputIsA4xxProblemAndNothingIsWritten() {
        String token = ApiKeys.admin(context, "Careless feed", Role.EDITOR);
        Section section = newsdesk().section();
        long person = newsdesk().reporter().id();
        long before = articles.countAll();
        long peopleBefore = people.all().size();
        String good = story("Careless " + System.nanoTime(), section, person);

        assertThat(problem(call("POST", "", token, "{\"headline\": "), 400).get("detail").asString()).contains("JSON");
        assertThat(problem(call("POST", "", token, good.replace("\"tags\"", "\"colour\":1,\"tags\"")), 400)
                .get("errors").has("colour")).isTrue();
        assertThat(problem(call("POST", "", token, good.replace("\"section\":\"" + section.slug() + "\"",
                "\"sectionId\":\"seven\"")), 400).get("errors").has("sectionId")).isTrue();
        assertThat(problem(call("POST", "", token, good.replaceFirst("\"headline\":\"[^\"]*\",", "")), 400)
                .get("errors").has("headline")).isTrue();
        assertThat(problem(call("POST", "", token, good.replace("\"section\":\"" + section.slug() + "\"",
                "\"sectionId\":987654321")), 400).get("errors").has("sectionId")).isTrue();
        ObjectNode unknownPerson = (ObjectNode) JSON.readTree(good);
        unknownPerson.putArray("bylines").addObject().put("name", "Nobody " + System.nanoTime());
        ((tools.jackson.databind.node.ArrayNode) unknownPerson.get("bylines")).add(987654321L);
        assertThat(problem(call("POST", "", token, unknownPerson.toString()), 400).get("errors").has("bylines[1]")).isTrue();
        ObjectNode huge = (ObjectNode) JSON.readTree(good);
        huge.put("body", "x".repeat(300_000));
        assertThat(problem(call("POST", "", token, huge.toString()), 400).get("errors").has("body")).isTrue();
        huge.put("body", "x".repeat(1_100_000));
        problem(call("POST", "", token, huge.toString()), 413);
        problem(call("GET", "/987654321", token, null), 404);
        problem(call("POST", "/987654321/publish", token, null), 404);
        problem(call("GET", "/not-a-number", token, null), 400);
        problem(call("POST", "/987654321/schedule", token, "{}"), 400);

        assertThat(articles.countAll()).isEqualTo(before);
        assertThat(people.all()).hasSize((int) peopleBefore);
    }
}
