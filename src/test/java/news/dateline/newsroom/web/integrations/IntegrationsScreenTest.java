package news.dateline.newsroom.web.integrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.dateline.accounts.Role;
import news.dateline.integrations.Integration;
import news.dateline.integrations.Integrations;
import news.dateline.support.ApiKeys;
import news.dateline.support.NewsroomClient;
import news.dateline.support.SiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Admins let integrations in on the Integrations screen, see each secret once, and revoke; nobody else may. */
class IntegrationsScreenTest extends SiteTest {

    private static final Pattern SECRET = Pattern.compile("id=\"secret\">(dl[ca]_[0-9A-Za-z]{40})<");

    @Autowired
    private ApplicationContext context;

    private Integration named(String name) {
        return context.getBean(Integrations.class).list(ApiKeys.admin(context)).stream()
                .filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }

    private int callerStatus(String secret) {
        return send(HttpRequest.newBuilder(URI.create(url("/api/v1/caller")))
                .header("Authorization", "Bearer " + secret).build()).statusCode();
    }

    @Test
    void anAdminMakesAKeySeesItsSecretOnceChangesItsOriginsAndRevokesIt() {
        NewsroomClient admin = signedIn(Role.ADMIN, null);
        var screen = admin.get("/newsroom/integrations");
        assertThat(screen.statusCode()).isEqualTo(200);
        assertThat(screen.body()).contains("Let an integration in", "href=\"/newsroom/webhooks\"",
                "href=\"/newsroom/integrations\" aria-current=\"page\"");

        String name = "Ассоциация «Zoë» " + System.nanoTime();
        var made = admin.post("/newsroom/integrations", Map.of("name", name, "kind", "CONTENT", "role", "ADMIN",
                "origins", "https://app.example.com"));
        assertThat(made.statusCode()).isEqualTo(200);
        assertThat(made.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        Matcher secret = SECRET.matcher(made.body());
        assertThat(secret.find()).as("the secret is shown").isTrue();
        String key = secret.group(1);
        assertThat(key).startsWith("dlc_");
        assertThat(callerStatus(key)).isEqualTo(200);

        var later = admin.get("/newsroom/integrations");
        assertThat(later.body()).doesNotContain(key).contains("…" + key.substring(40), "Read only",
                "https://app.example.com");

        Integration integration = named(name);
        var refused = admin.post("/newsroom/integrations/" + integration.id() + "/origins",
                Map.of("origins", "not an origin"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("is not an origin such as https://app.example.com");
        var saved = admin.post("/newsroom/integrations/" + integration.id() + "/origins",
                Map.of("origins", "https://one.example.com\nhttps://two.example.com"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(named(name).origins()).containsExactly("https://one.example.com", "https://two.example.com");

        var revoked = admin.post("/newsroom/integrations/" + integration.id() + "/revoke", Map.of());
        assertThat(revoked.statusCode()).isEqualTo(302);
        assertThat(callerStatus(key)).isEqualTo(401);
        assertThat(admin.get("/newsroom/integrations").body()).contains("Revoked");
    }

    @Test
    void anAdminTokenCarriesItsRoleAndAFaultyFormSaysWhy() {
        NewsroomClient admin = signedIn(Role.ADMIN, null);
        admin.get("/newsroom/integrations");
        var token = admin.post("/newsroom/integrations", Map.of("name", "Wire " + System.nanoTime(), "kind", "ADMIN",
                "role", "REPORTER", "origins", ""));
        Matcher secret = SECRET.matcher(token.body());
        assertThat(secret.find()).isTrue();
        assertThat(secret.group(1)).startsWith("dla_");
        assertThat(context.getBean(Integrations.class).authenticate(secret.group(1)).orElseThrow().role())
                .isEqualTo(Role.REPORTER);

        var noName = admin.post("/newsroom/integrations", Map.of("name", " ", "kind", "CONTENT", "role", "EDITOR",
                "origins", "https://app.example.com"));
        assertThat(noName.statusCode()).isEqualTo(400);
        assertThat(noName.body()).contains("Give the integration a name", "https://app.example.com")
                .doesNotContainPattern("dl[ca]_[0-9A-Za-z]{40}");
    }

    @Test
    void anAdminSetsAKeysOwnRequestLimitWhichTheApiThenApplies() {
        NewsroomClient admin = signedIn(Role.ADMIN, null);
        admin.get("/newsroom/integrations");
        String name = "Busy app " + System.nanoTime();
        Matcher secret = SECRET.matcher(admin.post("/newsroom/integrations", Map.of("name", name, "kind", "CONTENT"))
                .body());
        assertThat(secret.find()).isTrue();
        long id = named(name).id();
        assertThat(admin.get("/newsroom/integrations").body()).contains("600 a minute (site default)");

        for (String wrong : new String[] {"many", "0", "1,000,001", "-5"}) {
            var refused = admin.post("/newsroom/integrations/" + id + "/limit", Map.of("requestsPerMinute", wrong));
            assertThat(refused.statusCode()).as(wrong).isEqualTo(400);
            assertThat(refused.body()).as(wrong).containsAnyOf("Give a whole number", "from 1 to 1,000,000");
        }
        assertThat(named(name).requestsPerMinute()).isNull();

        assertThat(admin.post("/newsroom/integrations/" + id + "/limit", Map.of("requestsPerMinute", "2"))
                .statusCode()).isEqualTo(302);
        assertThat(named(name).requestsPerMinute()).isEqualTo(2);
        assertThat(admin.get("/newsroom/integrations").body()).contains("2 a minute");
        int[] statuses = {callerStatus(secret.group(1)), callerStatus(secret.group(1)), callerStatus(secret.group(1))};
        assertThat(statuses).containsExactly(200, 200, 429);

        assertThat(admin.post("/newsroom/integrations/" + id + "/limit", Map.of("requestsPerMinute", ""))
                .statusCode()).isEqualTo(302);
        assertThat(named(name).requestsPerMinute()).isNull();
        assertThat(signedIn(Role.EDITOR, null).post("/newsroom/integrations/" + id + "/limit",
                Map.of("requestsPerMinute", "5")).statusCode()).isEqualTo(403);
    }

    @Test
    void nobodyButAnAdminSeesOrChangesIntegrations() {
        Integration someone = ApiKeys.issue(context, "Guarded", news.dateline.integrations.IntegrationKind.CONTENT,
                null, "").integration();
        for (Role role : new Role[] {Role.EDITOR, Role.REPORTER}) {
            NewsroomClient client = signedIn(role, null);
            assertThat(client.get("/newsroom").body()).doesNotContain("/newsroom/integrations");
            assertThat(client.get("/newsroom/integrations").statusCode()).isEqualTo(403);
            assertThat(client.post("/newsroom/integrations", Map.of("name", "Mine", "kind", "ADMIN", "role", "ADMIN"))
                    .statusCode()).isEqualTo(403);
            assertThat(client.post("/newsroom/integrations/" + someone.id() + "/revoke", Map.of()).statusCode())
                    .isEqualTo(403);
        }
        assertThat(named("Guarded").live()).isTrue();
    }
}
