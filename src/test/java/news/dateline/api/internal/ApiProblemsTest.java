package news.dateline.api.internal;

import static news.dateline.api.internal.ApiKeyDoorTest.problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import news.dateline.accounts.Role;
import news.dateline.support.ApiKeys;
import news.dateline.support.SiteTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Whatever a client sends, the API answers a problem+json naming what is wrong, never a stack trace or a 500. */
class ApiProblemsTest extends SiteTest {

    private static final String ECHO = "/api/v1/admin/test-only/echo";
    private static final String GOOD = """
            {"headline": "Zoë Ångström wins", "priority": 3, "at": "2025-05-08T09:30:00Z", "tags": ["sport"]}""";

    @Autowired
    private ApplicationContext context;
    private String editor;

    @BeforeEach
    void token() {
        editor = ApiKeys.admin(context, "Wire desk", Role.EDITOR);
    }

    private HttpResponse<String> post(String token, String contentType, HttpRequest.BodyPublisher body) {
        return send(HttpRequest.newBuilder(URI.create(url(ECHO))).header("Authorization", "Bearer " + token)
                .header("Content-Type", contentType).POST(body).build());
    }

    private HttpResponse<String> post(String json) {
        return post(editor, "application/json", HttpRequest.BodyPublishers.ofString(json));
    }

    private HttpResponse<String> get(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Bearer " + token).build());
    }

    @Test
    void aGoodBodyIsReadAndAnswered() {
        var response = post(GOOD);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JsonMapper.builder().build().readTree(response.body()).get("headline").asString())
                .isEqualTo("Zoë Ångström wins");
    }

    @Test
    void malformedJsonUnknownFieldsAndWrongTypesAre400NamingTheField() {
        assertThat(problem(post("{\"headline\": "), 400).get("detail").asString()).contains("not valid JSON");
        assertThat(problem(post("{\"headline\": \"x\"} trailing"), 400).get("status").asInt()).isEqualTo(400);

        JsonNode unknown = problem(post(GOOD.replace("\"priority\"", "\"byline\": \"A\", \"priority\"")), 400);
        assertThat(unknown.get("errors").get("byline").asString()).isEqualTo("Unknown field");

        JsonNode wrongType = problem(post(GOOD.replace("3", "\"high\"")), 400);
        assertThat(wrongType.get("errors").get("priority").asString()).isEqualTo("Not a valid number");

        JsonNode badInstant = problem(post(GOOD.replace("2025-05-08T09:30:00Z", "yesterday")), 400);
        assertThat(badInstant.get("errors").has("at")).isTrue();

        JsonNode invalid = problem(post(GOOD.replace("Zoë Ångström wins", " ")), 400);
        assertThat(invalid.get("errors").get("headline").asString()).isEqualTo("Give the story a headline");
    }

    @Test
    void parametersOfTheWrongTypeOrMissingAre400() {
        assertThat(problem(get("/api/v1/test-only/number?n=two", editor), 400).get("errors").get("n").asString())
                .isEqualTo("Not a valid number");
        assertThat(problem(get("/api/v1/test-only/number", editor), 400).get("errors").get("n").asString())
                .isEqualTo("Required");
        assertThat(get("/api/v1/test-only/number?n=21", editor).body()).isEqualTo("42");
    }

    @Test
    void anOversizedBodyIs413WithOrWithoutALength() {
        String big = "{\"headline\": \"" + "x".repeat(1_100_000) + "\"}";
        problem(post(big), 413);
        var chunked = post(editor, "application/json",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes())));
        problem(chunked, 413);
    }

    @Test
    void theWrongMediaTypeIs415AndARoleTooLowIs403() {
        problem(post(editor, "text/plain", HttpRequest.BodyPublishers.ofString(GOOD)), 415);
        String reporter = ApiKeys.admin(context, "Stringer", Role.REPORTER);
        assertThat(problem(post(reporter, "application/json", HttpRequest.BodyPublishers.ofString(GOOD)), 403)
                .get("detail").asString()).contains("Editor");
    }

    @Test
    void missingThingsAre404AndFailuresA500WithoutInternals() {
        assertThat(problem(get("/api/v1/test-only/missing", editor), 404).get("detail").asString())
                .isEqualTo("No such story");
        var boom = get("/api/v1/test-only/boom", editor);
        problem(boom, 500);
        assertThat(boom.body()).doesNotContain("secret internals", "IllegalState");
    }
}
