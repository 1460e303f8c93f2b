package news.dateline.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import news.dateline.accounts.Accounts;
import news.dateline.accounts.Role;
import news.dateline.support.NewsroomClient;
import news.dateline.support.SiteTest;
import news.dateline.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Nu Html Checker (the W3C's validator, run in-process) finds no errors on the public pages. */
class ValidHtmlTest extends SiteTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/world", PublicPagesTest.SEED, "/people/aditya-g-varma", "/no-such-page",
            "/business/container-freight-rates-fall-fourth-week", "/search", "/search?q=moscow+drones",
            "/search?q=%22unbalanced&from=nonsense", "/search?q=zzqqxxnothing"})
    void theNuHtmlCheckerReportsNoErrors(String path) throws Exception {
        String html = get(path).body();
        assertThat(html).contains("<main");
        assertThat(errorsIn(html)).as("Nu Html Checker errors on %s", path).isEmpty();
    }

    @Autowired
    Accounts accounts;

    @Test
    void newsroomPagesAreValidToo() throws Exception {
        NewsroomClient editor = new NewsroomClient(port);
        assertThat(errorsIn(editor.get("/newsroom/login").body())).as("sign-in page").isEmpty();
        editor.signIn(TestAccounts.create(accounts, Role.ADMIN, null).username(), TestAccounts.PASSWORD);
        for (String path : List.of("/newsroom", "/newsroom?q=moscow", "/newsroom/stories/new", "/newsroom/stories/1",
                "/newsroom/stories/1/revisions?from=1&to=1", "/newsroom/sections", "/newsroom/people", "/newsroom/accounts", "/newsroom/media", "/newsroom/media/1",
                "/newsroom/analytics", "/newsroom/analytics?period=today", "/newsroom/analytics?period=30d",
                "/newsroom/analytics/stories/2?period=7d", "/newsroom/account", "/newsroom/account/two-factor", "/newsroom/accounts/1")) {
            var response = editor.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(errorsIn(response.body())).as("Nu Html Checker errors on %s", path).isEmpty();
        }
    }

    @Test
    void theCheckerDoesReportInvalidHtml() throws Exception {
        String invalid = "<!DOCTYPE html><html><head><title>x</title></head><body><img src=a.jpg><p><div></span></body></html>";
        assertThat(errorsIn(invalid)).isNotEmpty();
    }

    static List<String> errorsIn(String html) throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        String report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        return Arrays.stream(report.split("\n"))
                .filter(line -> line.contains("error:") || line.contains("fatal"))
                .toList();
    }
}
