package news.dateline.api.internal;

import static news.dateline.api.internal.ApiKeyDoorTest.problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import news.dateline.support.ApiKeys;
import news.dateline.support.SiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Browser pages may call the Content API only from the origins their key allows. */
class ApiCorsTest extends SiteTest {

    private static final String APP = "https://reader-" + System.nanoTime() + ".example.com";

    @Autowired
    private ApplicationContext context;

    private HttpResponse<String> preflight(String path, String origin) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization").build());
    }

    private HttpResponse<String> fromPage(String key, String origin) {
        return send(HttpRequest.newBuilder(URI.create(url("/api/v1/caller"))).header("Authorization", "Bearer " + key)
                .header("Origin", origin).build());
    }

    @Test
    void aPreflightIsAnsweredWithoutAKeyOnlyForAnAllowedOrigin() {
        ApiKeys.content(context, "Reader web app", APP + "/\nhttp://localhost:3000");
        var allowed = preflight("/api/v1/stories", APP);
        assertThat(allowed.statusCode()).isEqualTo(204);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue(APP);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Headers").orElse("")).contains("Authorization");
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Methods").orElse("")).contains("GET");

        var stranger = preflight("/api/v1/stories", "https://elsewhere.example.com");
        problem(stranger, 403);
        assertThat(stranger.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(preflight("/api/v1/admin/stories", APP).headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void aResponseCarriesCorsHeadersOnlyForItsOwnKeysOrigins() {
        String key = ApiKeys.content(context, "Reader web app", APP);
        String other = ApiKeys.content(context, "Server-side app");
        var allowed = fromPage(key, APP);
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue(APP);
        assertThat(allowed.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).contains("Origin"));

        assertThat(fromPage(key, "https://elsewhere.example.com").headers().firstValue("Access-Control-Allow-Origin"))
                .isEmpty();
        assertThat(fromPage(other, APP).headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
}
