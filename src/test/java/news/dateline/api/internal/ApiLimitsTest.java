package news.dateline.api.internal;

import static news.dateline.api.internal.ApiKeyDoorTest.problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import news.dateline.integrations.IntegrationKind;
import news.dateline.integrations.Integrations;
import news.dateline.support.ApiKeys;
import news.dateline.support.SiteTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Each key has its own rate limit (429 with Retry-After past it), and the page cache never answers an API request
 * that does not show a live key — not even with a response it keeps for keyed requests.
 */
class ApiLimitsTest extends SiteTest {

    @Autowired
    private ApplicationContext context;

    private HttpResponse<String> call(String path, String token) {
        var request = HttpRequest.newBuilder(URI.create(url(path)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    private static boolean hit(HttpResponse<String> response) {
        return response.headers().firstValue("X-Cache").orElse("").equals("HIT");
    }

    @Test
    void aKeyPastItsLimitIsToldWhenToComeBack() {
        var issued = ApiKeys.issue(context, "Busy app", IntegrationKind.CONTENT, null, "");
        context.getBean(Integrations.class).changeRequestLimit(ApiKeys.admin(context), issued.integration().id(), 3);
        String other = ApiKeys.content(context, "Quiet app");
        for (int i = 0; i < 3; i++) {
            assertThat(call("/api/v1/caller", issued.secret()).statusCode()).isEqualTo(200);
        }
        var refused = call("/api/v1/caller", issued.secret());
        assertThat(problem(refused, 429).get("detail").asString()).contains("too many requests");
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("20");
        assertThat(call("/api/v1/caller", other).statusCode()).as("another key has its own bucket").isEqualTo(200);
    }

    @Test
    void aCachedAnswerIsServedOnlyToRequestsWithALiveKey() {
        var issued = ApiKeys.issue(context, "Cached reader", IntegrationKind.CONTENT, null, "https://app.example.com");
        String key = issued.secret();
        var cached = Awaitility.await().atMost(Duration.ofSeconds(10)).pollDelay(Duration.ZERO)
                .until(() -> call("/api/v1/test-only/cached", key), ApiLimitsTest::hit);
        assertThat(cached.statusCode()).isEqualTo(200);
        assertThat(hit(get("/api/v1/test-only/cached?key=" + key))).isTrue();

        var anonymous = get("/api/v1/test-only/cached");
        assertThat(hit(anonymous)).isFalse();
        problem(anonymous, 401);
        problem(call("/api/v1/test-only/cached", "dlc_" + "A".repeat(40)), 401);
        problem(get("/api/v1/test-only/cached?key=nonsense"), 401);

        var fromBrowser = send(HttpRequest.newBuilder(URI.create(url("/api/v1/test-only/cached")))
                .header("Authorization", "Bearer " + key).header("Origin", "https://app.example.com").build());
        assertThat(hit(fromBrowser)).as("a browser's answer carries its key's CORS headers").isFalse();
        assertThat(fromBrowser.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://app.example.com");

        context.getBean(Integrations.class).revoke(ApiKeys.admin(context), issued.integration().id());
        var revoked = call("/api/v1/test-only/cached", key);
        assertThat(hit(revoked)).isFalse();
        problem(revoked, 401);
    }
}
