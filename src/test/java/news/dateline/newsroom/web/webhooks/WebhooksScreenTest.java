package news.dateline.newsroom.web.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import news.dateline.accounts.Account;
import news.dateline.accounts.Accounts;
import news.dateline.accounts.Role;
import news.dateline.articles.Article;
import news.dateline.support.NewsroomClient;
import news.dateline.support.SiteTest;
import news.dateline.support.TestAccounts;
import news.dateline.webhooks.Delivery;
import news.dateline.webhooks.Webhooks;
import news.dateline.webhooks.internal.Receiver;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The newsroom's webhooks screen over real HTTP: admins only, inline errors, registering and sending again. */
class WebhooksScreenTest extends SiteTest {

    @Autowired
    Accounts accounts;
    @Autowired
    Webhooks webhooks;

    private NewsroomClient signedIn(Role role) {
        Account account = TestAccounts.create(accounts, role, null);
        NewsroomClient client = new NewsroomClient(port);
        assertThat(client.signIn(account.username(), TestAccounts.PASSWORD)).endsWith("/newsroom");
        return client;
    }

    @Test
    void anEditorIsRefusedTheScreenAndItsActions() {
        NewsroomClient editor = signedIn(Role.EDITOR);
        assertThat(editor.get("/newsroom/webhooks").statusCode()).isEqualTo(403);
        editor.get("/newsroom");
        assertThat(editor.post("/newsroom/webhooks", Map.of("url", "https://example.com/",
                "events", "story.published")).statusCode()).isEqualTo(403);
    }

    @Test
    void aBadAddressIsShownInlineAndNothingIsRegistered() {
        NewsroomClient admin = signedIn(Role.ADMIN);
        admin.get("/newsroom/webhooks");
        HttpResponse<String> refused = admin.post("/newsroom/webhooks", Map.of("url", "https://169.254.169.254/x",
                "events", "story.published"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"url-error\"").contains("private network")
                .contains("value=\"https://169.254.169.254/x\"");
        HttpResponse<String> noEvents = admin.post("/newsroom/webhooks", Map.of("url", "https://example.com/"));
        assertThat(noEvents.body()).contains("id=\"events-error\"");
        assertThat(admin.post("/newsroom/webhooks", Map.of("url", "https://169.254.169.254/x", "events",
                "story.published", "_csrf", "wrong")).statusCode()).isEqualTo(403);
    }

    @Test
    void anAdminRegistersAnEndpointSeesItsDeliveriesAndSendsOneAgain() {
        try (Receiver receiver = new Receiver()) {
            NewsroomClient admin = signedIn(Role.ADMIN);
            admin.get("/newsroom/webhooks");
            HttpResponse<String> registered = admin.post("/newsroom/webhooks", Map.of("url", receiver.url("/in"),
                    "events", List.of("story.published", "story.killed"), "allowPrivateNetwork", "true"));
            assertThat(registered.statusCode()).isEqualTo(302);
            String page = java.net.URI.create(registered.headers().firstValue("Location").orElseThrow()).getPath();
            long endpoint = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
            try {
                Article story = newsdesk().published("Screen webhook " + System.nanoTime());
                Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> receiver.requests().size() == 1);
                Awaitility.await().atMost(Duration.ofSeconds(20)).until(() ->
                        admin.get(page).body().contains("delivered"));
                HttpResponse<String> shown = admin.get(page);
                assertThat(shown.body()).contains("whsec_").contains("story " + story.id()).contains("HTTP 204");

                Delivery delivery = TestAccountsView.deliveries(webhooks, accounts, endpoint).getFirst();
                HttpResponse<String> again = admin.post(page + "/deliveries/" + delivery.id() + "/send-again",
                        Map.of());
                assertThat(again.statusCode()).isEqualTo(302);
                Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> receiver.requests().size() == 2);
                assertThat(receiver.requests().get(1).header("Dateline-Delivery"))
                        .isEqualTo(String.valueOf(delivery.id()));
            } finally {
                assertThat(admin.post(page + "/delete", Map.of()).statusCode()).isEqualTo(302);
            }
            assertThat(admin.get(page).statusCode()).isEqualTo(404);
        }
    }

    /** Reads deliveries as an admin of its own. */
    private static final class TestAccountsView {
        static List<Delivery> deliveries(Webhooks webhooks, Accounts accounts, long endpoint) {
            return webhooks.deliveries(TestAccounts.create(accounts, Role.ADMIN, null), endpoint, 10);
        }
    }
}
