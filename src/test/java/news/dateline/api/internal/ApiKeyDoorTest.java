package news.dateline.api.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import news.dateline.accounts.Role;
import news.dateline.integrations.IntegrationKind;
import news.dateline.integrations.Integrations;
import news.dateline.support.ApiKeys;
import news.dateline.support.SiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every API request shows a live key: without one, with a made-up or revoked one, it is refused as problem+json. */
class ApiKeyDoorTest extends SiteTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private ApplicationContext context;

    private HttpResponse<String> call(String path, String token) {
        var request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    static JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("title").asString()).isNotBlank();
        assertThat(body.get("detail").asString()).isNotBlank();
        assertThat(body.get("type").asString()).isEqualTo("about:blank");
        assertThat(body.get("errors").isObject()).isTrue();
        assertThat(response.body()).doesNotContain("Exception", "at news.dateline");
        return body;
    }

    @Test
    void aLiveKeyIsLetInAndTheControllerKnowsWhoCalls() {
        String key = ApiKeys.content(context, "Zoë's reader app");
        var response = call("/api/v1/caller", key);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode caller = JSON.readTree(response.body());
        assertThat(caller.get("name").asString()).isEqualTo("Zoë's reader app");
        assertThat(caller.get("kind").asString()).isEqualTo("content");
        assertThat(caller.get("role").isNull()).isTrue();
        assertThat(key).startsWith("dlc_").hasSize(44);

        var byQuery = get("/api/v1/caller?key=" + key);
        assertThat(byQuery.statusCode()).isEqualTo(200);

        String token = ApiKeys.admin(context, "Wire desk", Role.EDITOR);
        JsonNode admin = JSON.readTree(call("/api/v1/caller", token).body());
        assertThat(admin.get("kind").asString()).isEqualTo("admin");
        assertThat(admin.get("role").asString()).isEqualTo("editor");
    }

    @Test
    void noKeyAMadeUpKeyAndARevokedKeyAre401() {
        var none = get("/api/v1/caller");
        problem(none, 401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        problem(call("/api/v1/caller", "dlc_" + "x".repeat(40)), 401);
        problem(call("/api/v1/caller", "not a key at all"), 401);

        var issued = ApiKeys.issue(context, "Soon gone", IntegrationKind.CONTENT, null, "");
        assertThat(call("/api/v1/caller", issued.secret()).statusCode()).isEqualTo(200);
        context.getBean(Integrations.class).revoke(ApiKeys.admin(context), issued.integration().id());
        problem(call("/api/v1/caller", issued.secret()), 401);
        problem(get("/api/v1/caller?key=" + issued.secret()), 401);
    }

    @Test
    void aContentKeyCannotUseTheAdminApiNorItsQueryParameter() {
        String key = ApiKeys.content(context, "Reader app");
        assertThat(problem(call("/api/v1/admin/stories", key), 403).get("detail").asString()).contains("Admin API");
        problem(get("/api/v1/admin/stories?key=" + ApiKeys.admin(context, "Query token", Role.ADMIN)), 401);
        problem(call("/api/v1/%61dmin/stories", key), 403);
    }

    @Test
    void unknownAddressesUnderTheApiAreProblemsToo() {
        String token = ApiKeys.admin(context, "Desk", Role.ADMIN);
        problem(call("/api/v1/no-such-thing", token), 404);
        var post = send(HttpRequest.newBuilder(URI.create(url("/api/v1/caller")))
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build());
        problem(post, 405);
        assertThat(post.headers().firstValue("Allow")).hasValueSatisfying(v -> assertThat(v).contains("GET"));
    }
}
