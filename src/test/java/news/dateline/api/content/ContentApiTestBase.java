package news.dateline.api.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import news.dateline.support.ApiKeys;
import news.dateline.support.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the Content API of the shared started application with a reader app's key of its own. */
abstract class ContentApiTestBase extends SiteTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ApplicationContext context;

    private String key;

    HttpResponse<String> api(String pathAndQuery, String... headers) {
        if (key == null) {
            key = ApiKeys.content(context, "Content API test " + System.nanoTime());
        }
        var request = HttpRequest.newBuilder(URI.create(pathAndQuery.startsWith("http") ? pathAndQuery
                : url(pathAndQuery))).GET().header("Authorization", "Bearer " + key);
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    JsonNode ok(String pathAndQuery) {
        var response = api(pathAndQuery);
        assertThat(response.statusCode()).as(pathAndQuery + ": " + response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return JSON.readTree(response.body());
    }

    /** The answer is a problem+json of {@code status}, naming {@code field} in its errors when given. */
    JsonNode problem(String pathAndQuery, int status, String field) {
        var response = api(pathAndQuery);
        assertThat(response.statusCode()).as(pathAndQuery + ": " + response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("Exception", "at news.dateline");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("status").asInt()).isEqualTo(status);
        if (field != null) {
            assertThat(body.get("errors").has(field)).as(response.body()).isTrue();
        }
        return body;
    }

    static List<Long> ids(JsonNode list, String name) {
        List<Long> ids = new ArrayList<>();
        list.get(name).forEach(story -> ids.add(story.get("id").asLong()));
        return ids;
    }

    /** The list's next page as a path on this server (the answer's {@code next} is an absolute public URL). */
    String nextOf(JsonNode list) {
        String next = list.get("next").asString();
        return next.substring(next.indexOf("/api/v1/"));
    }
}
