package news.dateline.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import news.dateline.accounts.Account;
import news.dateline.accounts.Accounts;
import news.dateline.accounts.NotPermittedException;
import news.dateline.accounts.Role;
import news.dateline.articles.Article;
import news.dateline.platform.SiteSettings;
import news.dateline.support.Newsdesk;
import news.dateline.support.SiteTest;
import news.dateline.support.TestAccounts;
import news.dateline.webhooks.internal.Receiver;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Webhooks in the running application: a published story reaches a real receiver, signed; admins only. */
class WebhooksTest extends SiteTest {

    @Autowired
    Webhooks webhooks;
    @Autowired
    Accounts accounts;
    @Autowired
    SiteSettings site;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    private final Receiver receiver = new Receiver();
    private Account admin;
    private Endpoint endpoint;

    @BeforeEach
    void register() {
        admin = TestAccounts.create(accounts, Role.ADMIN, null);
        endpoint = webhooks.register(admin, new EndpointForm(receiver.url("/hooks/dateline"),
                Set.of(WebhookEvent.STORY_PUBLISHED), true, true));
    }

    @AfterEach
    void unregister() {
        webhooks.delete(admin, endpoint.id());
        receiver.close();
    }

    @Test
    void aPublishedStoryIsDeliveredOnceSignedWithThePayloadReceiversNeed() throws Exception {
        Newsdesk desk = newsdesk();
        Article story = desk.published("Zoë Ångström webhook " + System.nanoTime());

        Receiver.Request request = awaitRequestAbout(story.id());
        assertThat(request.header("Dateline-Event")).isEqualTo("story.published");
        assertThat(request.header("User-Agent")).isEqualTo("Dateline-Webhooks/1");
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        String signature = request.header("Dateline-Signature");
        assertThat(signature).matches("t=\\d+,v1=[0-9a-f]{64}");
        String t = signature.substring(2, signature.indexOf(','));
        assertThat(signature.substring(signature.indexOf("v1=") + 3))
                .isEqualTo(hmac(endpoint.secret(), t + "." + request.body()));
        assertThat(hmac("whsec_wrong", t + "." + request.body())).isNotEqualTo(signature.substring(signature.indexOf("v1=") + 3));

        JsonNode payload = JsonMapper.builder().build().readTree(request.body());
        assertThat(payload.get("id").asString()).isEqualTo(request.header("Dateline-Delivery"));
        assertThat(payload.get("event").asString()).isEqualTo("story.published");
        assertThat(payload.get("createdAt").asString()).endsWith("Z");
        JsonNode data = payload.get("data").get("story");
        assertThat(data.get("id").asLong()).isEqualTo(story.id());
        assertThat(data.get("headline").asString()).isEqualTo(story.headline());
        assertThat(data.get("url").asString()).isEqualTo(site.absolute(desk.path(story)));
        assertThat(data.get("status").asString()).isEqualTo("published");
        assertThat(data.get("firstPublishedAt").asString()).endsWith("Z");

        Delivery delivery = deliveryAbout(story.id());
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() ->
                webhooks.deliveries(admin, endpoint.id(), 50).stream()
                        .anyMatch(d -> d.id() == delivery.id() && d.state().equals(Delivery.DELIVERED)));
        assertThat(requestsAbout(story.id())).hasSize(1);

        webhooks.sendAgain(admin, delivery.id());
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> requestsAbout(story.id()).size() == 2);
        assertThat(requestsAbout(story.id()).get(1).header("Dateline-Delivery"))
                .isEqualTo(String.valueOf(delivery.id()));
    }

    @Test
    void aRolledBackChangeQueuesNothing() {
        Newsdesk desk = newsdesk();
        AtomicLong id = new AtomicLong();
        transactions.executeWithoutResult(status -> {
            id.set(desk.published("Rolled back " + System.nanoTime()).id());
            assertThat(queuedAbout(id.get())).as("queued inside the transaction").isEqualTo(1);
            status.setRollbackOnly();
        });
        assertThat(queuedAbout(id.get())).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/hook", "https://169.254.169.254/latest/meta-data", "https://10.1.2.3/",
            "https://192.168.1.1/", "https://172.16.0.1/", "https://[::1]/", "https://[fd00::1]/", "https://0.0.0.0/",
            "https://localhost/hook", "file:///etc/passwd", "http://example.com/hook", "ftp://example.com/",
            "not a url", ""})
    void privateAndNonWebAddressesAreRefusedWithoutTheAllowFlag(String url) {
        assertThatThrownBy(() -> webhooks.register(admin, new EndpointForm(url, Set.of(WebhookEvent.STORY_KILLED),
                true, false)))
                .isInstanceOfSatisfying(WebhookException.class, e -> assertThat(e.field()).isEqualTo("url"));
    }

    @Test
    void onlyAdminsSeeOrChangeWebhooks() {
        Account editor = TestAccounts.create(accounts, Role.EDITOR, null);
        assertThatThrownBy(() -> webhooks.endpoints(editor)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> webhooks.register(editor, new EndpointForm("https://example.com/",
                Set.of(WebhookEvent.STORY_KILLED), true, false))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> webhooks.delete(editor, endpoint.id())).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> webhooks.deliveries(editor, endpoint.id(), 10))
                .isInstanceOf(NotPermittedException.class);
        assertThat(webhooks.endpoints(admin)).extracting(Endpoint::id).contains(endpoint.id());
    }

    private Receiver.Request awaitRequestAbout(long storyId) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !requestsAbout(storyId).isEmpty());
        return requestsAbout(storyId).getFirst();
    }

    private List<Receiver.Request> requestsAbout(long storyId) {
        return receiver.requests().stream()
                .filter(r -> r.body().contains("\"story\":{\"id\":" + storyId + ",")).toList();
    }

    private Delivery deliveryAbout(long storyId) {
        return webhooks.deliveries(admin, endpoint.id(), 50).stream().filter(d -> d.entityId() == storyId)
                .findFirst().orElseThrow();
    }

    private int queuedAbout(long storyId) {
        return jdbc.sql("SELECT COUNT(*) FROM webhook_deliveries WHERE endpoint_id = ? AND entity_id = ?")
                .params(endpoint.id(), storyId).query(Integer.class).single();
    }

    static String hmac(String secret, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }
}
