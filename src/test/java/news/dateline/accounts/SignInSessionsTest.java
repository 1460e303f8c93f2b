package news.dateline.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import news.dateline.support.NewsroomClient;
import news.dateline.support.SiteTest;
import news.dateline.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A server-side session is made by signing in, never by showing the sign-in page or refusing an anonymous visit. */
class SignInSessionsTest extends SiteTest {

    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;

    private long anonymousSessions() {
        return jdbc.sql("SELECT COUNT(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME IS NULL").query(Long.class).single();
    }

    private static List<String> sessionCookies(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("DATELINE_SESSION=")).toList();
    }

    @Test
    void visitingTheSignInPageStoresNoSession() {
        long before = anonymousSessions();
        for (int i = 0; i < 20; i++) {
            var page = get("/newsroom/login");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("name=\"_csrf\"");
            assertThat(sessionCookies(page)).isEmpty();
        }
        var refused = get("/newsroom/analytics");
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(sessionCookies(refused)).as("an anonymous visit to a newsroom page").isEmpty();
        assertThat(anonymousSessions()).isEqualTo(before);
    }

    @Test
    void theSignInFormStillWorksAndReturnsToThePageAskedFor() {
        Account editor = TestAccounts.create(accounts, Role.EDITOR, null);
        NewsroomClient client = new NewsroomClient(port);
        assertThat(client.get("/newsroom/analytics").statusCode()).isEqualTo(302);
        assertThat(client.signIn(editor.username(), TestAccounts.PASSWORD)).endsWith("/newsroom/analytics");
        assertThat(client.get("/newsroom/analytics").statusCode()).isEqualTo(200);
    }

    @Test
    void aSignInWithoutTheFormsTokenIsRefused() {
        Account editor = TestAccounts.create(accounts, Role.EDITOR, null);
        var forged = send(HttpRequest.newBuilder(URI.create(url("/newsroom/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "DATELINE_SIGN_IN_CSRF=made-up")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + editor.username() + "&password="
                        + TestAccounts.PASSWORD.replace(' ', '+') + "&_csrf=made-up")).build());
        assertThat(forged.statusCode()).isIn(302, 403);
        assertThat(forged.headers().firstValue("Location").orElse("")).doesNotEndWith("/newsroom");
        assertThat(sessionCookies(forged)).isEmpty();
        NewsroomClient client = new NewsroomClient(port);
        var tokenless = client.post("/newsroom/login", Map.of("username", editor.username(), "password", TestAccounts.PASSWORD));
        assertThat(tokenless.headers().firstValue("Location").orElse("")).as("no token at all").doesNotEndWith("/newsroom");
        assertThat(sessionCookies(tokenless)).isEmpty();
    }
}
