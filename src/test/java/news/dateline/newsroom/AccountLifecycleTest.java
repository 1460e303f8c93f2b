package news.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.dateline.accounts.Account;
import news.dateline.accounts.Accounts;
import news.dateline.accounts.Role;
import news.dateline.accounts.internal.AccountRepository;
import news.dateline.support.MutableClock;
import news.dateline.support.NewsroomClient;
import news.dateline.support.SiteTest;
import news.dateline.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Accounts have a lifecycle: deactivation ends open sessions, people change their own password, admins issue
 * one-time reset links, lift lockouts and sign accounts out, and passwords must not be common ones.
 */
class AccountLifecycleTest extends SiteTest {

    private static final Pattern RESET = Pattern.compile("/newsroom/reset\\?token=([A-Za-z0-9_-]+)");
    private static final String NEW_PASSWORD = "plum tractor under seven lanterns";

    @Autowired
    Accounts accounts;
    @Autowired
    AccountRepository repository;
    @Autowired
    MutableClock clock;

    private NewsroomClient signedIn(Account account, String password) {
        NewsroomClient client = new NewsroomClient(port);
        assertThat(client.signIn(account.username(), password)).endsWith("/newsroom");
        return client;
    }

    private static void assertSignedOut(NewsroomClient client) {
        var response = client.get("/newsroom");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).contains("/newsroom/login");
    }

    @Test
    void aDeactivatedAccountsOpenSessionIsSignedOutOnItsNextNewsroomRequestAndCsv() {
        Account reporter = TestAccounts.create(accounts, Role.REPORTER, null);
        NewsroomClient client = signedIn(reporter, TestAccounts.PASSWORD);
        assertThat(client.get("/newsroom/analytics/views.csv").statusCode()).isEqualTo(200);

        repository.setActive(reporter.id(), false); // as another node, or a direct database change, would
        var csv = client.get("/newsroom/analytics/views.csv");
        assertThat(csv.statusCode()).isEqualTo(302);
        assertThat(csv.headers().firstValue("Location").orElse("")).endsWith("/newsroom/login?inactive");
        assertThat(csv.body()).doesNotContain("views");
        assertSignedOut(client);
        assertThat(client.get("/newsroom/login?inactive").body()).contains("no longer active");
    }

    @Test
    void deactivatingAnAccountEndsItsSessionsAndAdminsCanSignOutEveryone() {
        Account admin = TestAccounts.create(accounts, Role.ADMIN, null);
        Account reporter = TestAccounts.create(accounts, Role.REPORTER, null);
        NewsroomClient adminClient = signedIn(admin, TestAccounts.PASSWORD);
        NewsroomClient first = signedIn(reporter, TestAccounts.PASSWORD);
        NewsroomClient second = signedIn(reporter, TestAccounts.PASSWORD);

        var care = adminClient.get("/newsroom/accounts/" + reporter.id());
        assertThat(care.statusCode()).isEqualTo(200);
        assertThat(care.body().split("/sessions/[0-9a-f]{20}/sign-out", -1)).hasSize(3); // two open sessions listed
        assertThat(adminClient.post("/newsroom/accounts/" + reporter.id() + "/sessions/sign-out", Map.of()).statusCode()).isEqualTo(302);
        assertSignedOut(first);
        assertSignedOut(second);

        NewsroomClient third = signedIn(reporter, TestAccounts.PASSWORD);
        adminClient.get("/newsroom/accounts");
        assertThat(adminClient.post("/newsroom/accounts/" + reporter.id() + "/active", Map.of("active", "false")).statusCode())
                .isEqualTo(302);
        assertSignedOut(third);
        assertThat(adminClient.get("/newsroom").statusCode()).isEqualTo(200);
    }

    @Test
    void peopleSeeTheirSessionsAndSignOutOneOrAll() {
        Account editor = TestAccounts.create(accounts, Role.EDITOR, null);
        NewsroomClient here = signedIn(editor, TestAccounts.PASSWORD);
        NewsroomClient phone = signedIn(editor, TestAccounts.PASSWORD);
        NewsroomClient laptop = signedIn(editor, TestAccounts.PASSWORD);

        String page = here.get("/newsroom/account").body();
        assertThat(page).contains("This session").contains("127.0.0.1");
        String other = null;
        for (String row : page.split("<tr>")) {
            Matcher m = Pattern.compile("/newsroom/account/sessions/([0-9a-f]{20})/sign-out").matcher(row);
            if (m.find() && !row.contains("This session")) {
                other = m.group(1);
            }
        }
        assertThat(other).isNotNull();
        assertThat(here.post("/newsroom/account/sessions/" + other + "/sign-out", Map.of()).statusCode()).isEqualTo(302);
        int open = (phone.get("/newsroom").statusCode() == 200 ? 1 : 0) + (laptop.get("/newsroom").statusCode() == 200 ? 1 : 0);
        assertThat(open).isEqualTo(1);
        assertThat(here.get("/newsroom").statusCode()).isEqualTo(200);

        here.get("/newsroom/account");
        assertThat(here.post("/newsroom/account/sessions/sign-out", Map.of()).statusCode()).isEqualTo(302);
        assertSignedOut(here);
        assertSignedOut(phone);
        assertSignedOut(laptop);
    }

    @Test
    void peopleChangeTheirOwnPasswordWhichSignsOutTheirOtherSessions() {
        Account reporter = TestAccounts.create(accounts, Role.REPORTER, null);
        NewsroomClient client = signedIn(reporter, TestAccounts.PASSWORD);
        NewsroomClient elsewhere = signedIn(reporter, TestAccounts.PASSWORD);
        client.get("/newsroom/account");

        var wrong = client.post("/newsroom/account/password", Map.of("current", "not my password",
                "password", NEW_PASSWORD, "confirm", NEW_PASSWORD));
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("That is not your current password");
        var common = client.post("/newsroom/account/password", Map.of("current", TestAccounts.PASSWORD,
                "password", "Password12345", "confirm", "Password12345"));
        assertThat(common.statusCode()).isEqualTo(200);
        assertThat(common.body()).contains("most common passwords").contains("nr-field--invalid");

        var changed = client.post("/newsroom/account/password", Map.of("current", TestAccounts.PASSWORD,
                "password", NEW_PASSWORD, "confirm", NEW_PASSWORD));
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(client.get("/newsroom").statusCode()).isEqualTo(200);
        assertSignedOut(elsewhere);
        assertThat(new NewsroomClient(port).signIn(reporter.username(), TestAccounts.PASSWORD)).contains("/newsroom/login?");
        signedIn(reporter, NEW_PASSWORD);
    }

    @Test
    void commonPasswordsAreRefusedWhenAnAdminCreatesAnAccount() {
        NewsroomClient admin = signedIn(TestAccounts.create(accounts, Role.ADMIN, null), TestAccounts.PASSWORD);
        admin.get("/newsroom/accounts");
        String username = "common-" + System.nanoTime();
        var refused = admin.post("/newsroom/accounts", Map.of("username", username, "displayName", "Common Password",
                "password", "qwertyuiop123", "role", "REPORTER"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("most common passwords");
        assertThat(accounts.all()).noneMatch(a -> a.username().equals(username));
    }

    @Test
    void anAdminIssuesAOneTimeResetLinkThatExpires() {
        NewsroomClient admin = signedIn(TestAccounts.create(accounts, Role.ADMIN, null), TestAccounts.PASSWORD);
        Account reporter = TestAccounts.create(accounts, Role.REPORTER, null);
        NewsroomClient open = signedIn(reporter, TestAccounts.PASSWORD);
        repository.recordFailure(reporter.username(), 1, clock.instant().plus(Duration.ofMinutes(15)));

        admin.get("/newsroom/accounts/" + reporter.id());
        Matcher link = RESET.matcher(admin.post("/newsroom/accounts/" + reporter.id() + "/reset-link", Map.of()).body());
        assertThat(link.find()).isTrue();
        String path = "/newsroom/reset?token=" + link.group(1);
        assertThat(repository.credentials(reporter.username()).orElseThrow().passwordHash()).doesNotContain(link.group(1));

        NewsroomClient owner = new NewsroomClient(port);
        assertThat(owner.get("/newsroom/reset?token=guessed").statusCode()).isEqualTo(404);
        assertThat(owner.get(path).body()).contains(reporter.username());
        var common = owner.post("/newsroom/reset", Map.of("token", link.group(1), "password", "letmein12345", "confirm", "letmein12345"));
        assertThat(common.statusCode()).isEqualTo(200);
        assertThat(common.body()).contains("most common passwords");
        var done = owner.post("/newsroom/reset", Map.of("token", link.group(1), "password", NEW_PASSWORD, "confirm", NEW_PASSWORD));
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(done.headers().firstValue("Location").orElse("")).endsWith("/newsroom/login?reset");
        assertSignedOut(open);
        signedIn(reporter, NEW_PASSWORD); // the lockout was lifted too

        assertThat(new NewsroomClient(port).get(path).statusCode()).isEqualTo(404); // single use
        var again = new NewsroomClient(port);
        again.get("/newsroom/login");
        assertThat(again.post("/newsroom/reset", Map.of("token", link.group(1), "password", "another fine passphrase",
                "confirm", "another fine passphrase")).statusCode()).isEqualTo(404);

        admin.get("/newsroom/accounts/" + reporter.id());
        Matcher later = RESET.matcher(admin.post("/newsroom/accounts/" + reporter.id() + "/reset-link", Map.of()).body());
        assertThat(later.find()).isTrue();
        Instant now = clock.instant();
        try {
            clock.set(now.plus(Duration.ofHours(24)).plusSeconds(1));
            assertThat(new NewsroomClient(port).get("/newsroom/reset?token=" + later.group(1)).statusCode()).isEqualTo(404);
        } finally {
            clock.set(now);
        }
    }

    @Test
    void anAdminLiftsASignInLockout() {
        Account reporter = TestAccounts.create(accounts, Role.REPORTER, null);
        repository.recordFailure(reporter.username(), 1, clock.instant().plus(Duration.ofMinutes(15)));
        assertThat(new NewsroomClient(port).signIn(reporter.username(), TestAccounts.PASSWORD)).endsWith("/newsroom/login?locked");

        NewsroomClient admin = signedIn(TestAccounts.create(accounts, Role.ADMIN, null), TestAccounts.PASSWORD);
        assertThat(admin.get("/newsroom/accounts/" + reporter.id()).body()).contains("Unlock sign-in");
        assertThat(admin.post("/newsroom/accounts/" + reporter.id() + "/unlock", Map.of()).statusCode()).isEqualTo(302);
        assertThat(admin.get("/newsroom/accounts/" + reporter.id()).body()).contains("Sign-in is not locked");
        signedIn(reporter, TestAccounts.PASSWORD);

        NewsroomClient writer = signedIn(TestAccounts.create(accounts, Role.EDITOR, null), TestAccounts.PASSWORD);
        writer.get("/newsroom");
        assertThat(writer.post("/newsroom/accounts/" + reporter.id() + "/unlock", Map.of()).statusCode()).isEqualTo(403);
        assertThat(writer.post("/newsroom/accounts/" + reporter.id() + "/reset-link", Map.of()).statusCode()).isEqualTo(403);
    }
}
