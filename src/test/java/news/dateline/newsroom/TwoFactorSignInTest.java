package news.dateline.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.dateline.accounts.Account;
import news.dateline.accounts.Accounts;
import news.dateline.accounts.Role;
import news.dateline.accounts.internal.Totp;
import news.dateline.support.MutableClock;
import news.dateline.support.NewsroomClient;
import news.dateline.support.SiteTest;
import news.dateline.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two-factor sign-in with TOTP: enrolment, a code after the password, no code twice, recovery codes, admin turn-off. */
class TwoFactorSignInTest extends SiteTest {

    @Autowired
    Accounts accounts;
    @Autowired
    MutableClock clock;

    private String code(String secret) {
        return Totp.code(secret, Totp.step(clock.instant()));
    }

    private String passwordStep(Account account, NewsroomClient client) {
        return client.signIn(account.username(), TestAccounts.PASSWORD);
    }

    @Test
    void staffTurnOnTwoFactorAndThenSignInWithACodeUsedOnlyOnce() {
        Account editor = TestAccounts.create(accounts, Role.EDITOR, null);
        NewsroomClient first = new NewsroomClient(port);
        assertThat(passwordStep(editor, first)).endsWith("/newsroom");

        String enrolment = first.get("/newsroom/account/two-factor").body();
        Matcher secretField = Pattern.compile("name=\"secret\" value=\"([A-Z2-7]{32})\"").matcher(enrolment);
        assertThat(secretField.find()).isTrue();
        String secret = secretField.group(1);
        assertThat(enrolment).contains("otpauth://totp/Dateline:" + editor.username() + "?secret=" + secret)
                .contains("<svg").contains("aria-label=\"QR code of the setup address");
        var wrong = first.post("/newsroom/account/two-factor", Map.of("secret", secret, "code", "000000".equals(code(secret)) ? "111111" : "000000"));
        assertThat(wrong.body()).contains("That code does not match");
        var enrolled = first.post("/newsroom/account/two-factor", Map.of("secret", secret, "code", code(secret)));
        assertThat(enrolled.statusCode()).isEqualTo(200);
        List<String> recovery = new ArrayList<>();
        Matcher codes = Pattern.compile("<code>([a-z2-9]{5}-[a-z2-9]{5})</code>").matcher(enrolled.body());
        while (codes.find()) {
            recovery.add(codes.group(1));
        }
        assertThat(recovery).hasSize(10);

        clock.advance(Duration.ofSeconds(30)); // the enrolment code's step is spent
        NewsroomClient second = new NewsroomClient(port);
        assertThat(passwordStep(editor, second)).endsWith("/newsroom/login/code");
        var held = second.get("/newsroom/analytics/views.csv");
        assertThat(held.statusCode()).isEqualTo(302);
        assertThat(held.headers().firstValue("Location").orElse("")).endsWith("/newsroom/login/code");
        second.get("/newsroom/login/code");
        String current = code(secret);
        assertThat(second.post("/newsroom/login/code", Map.of("code", current)).headers().firstValue("Location").orElse(""))
                .endsWith("/newsroom");
        assertThat(second.get("/newsroom").statusCode()).isEqualTo(200);

        NewsroomClient replay = new NewsroomClient(port);
        assertThat(passwordStep(editor, replay)).endsWith("/newsroom/login/code");
        replay.get("/newsroom/login/code");
        var refused = replay.post("/newsroom/login/code", Map.of("code", current));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("That code is not right, or was used already");
        assertThat(replay.get("/newsroom").statusCode()).isEqualTo(302);
        assertThat(replay.post("/newsroom/login/code", Map.of("code", recovery.get(0))).statusCode()).isEqualTo(302);
        assertThat(replay.get("/newsroom").statusCode()).isEqualTo(200);

        NewsroomClient spentRecovery = new NewsroomClient(port);
        passwordStep(editor, spentRecovery);
        spentRecovery.get("/newsroom/login/code");
        assertThat(spentRecovery.post("/newsroom/login/code", Map.of("code", recovery.get(0))).statusCode()).isEqualTo(200);

        NewsroomClient admin = new NewsroomClient(port);
        assertThat(admin.signIn(TestAccounts.create(accounts, Role.ADMIN, null).username(), TestAccounts.PASSWORD)).endsWith("/newsroom");
        admin.get("/newsroom/accounts/" + editor.id());
        assertThat(admin.post("/newsroom/accounts/" + editor.id() + "/two-factor/off", Map.of()).statusCode()).isEqualTo(302);
        assertThat(passwordStep(editor, new NewsroomClient(port))).endsWith("/newsroom");
    }
}
