package news.dateline.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.dateline.support.NewsroomClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A fresh install has no account and no default password: the console shows a one-time link that creates
 * the first admin, and the link dies once used.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FirstAdminSetupTest {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void freshInstall(DynamicPropertyRegistry registry) throws Exception {
        String dataDir = Files.createTempDirectory("dateline-fresh").toString();
        registry.add("dateline.data-dir", () -> dataDir);
        registry.add("dateline.demo.enabled", () -> "false");
    }

    @Test
    void theConsoleLinkCreatesTheFirstAdminOnce(CapturedOutput output) {
        Matcher link = Pattern.compile("/newsroom/setup\\?token=([A-Za-z0-9_-]+)").matcher(output.getAll());
        assertThat(link.find()).as("setup link on the console").isTrue();
        String path = "/newsroom/setup?token=" + link.group(1);

        NewsroomClient owner = new NewsroomClient(port);
        assertThat(owner.get("/newsroom/setup?token=guess").statusCode()).isEqualTo(404);
        assertThat(owner.get(path).statusCode()).isEqualTo(200);
        var tooShort = owner.post("/newsroom/setup", Map.of("token", link.group(1), "username", "owner",
                "displayName", "The Owner", "password", "short", "confirm", "short"));
        assertThat(tooShort.statusCode()).isEqualTo(200);
        assertThat(tooShort.body()).contains("Use at least 12 characters").contains("value=\"owner\"");

        var created = owner.post("/newsroom/setup", Map.of("token", link.group(1), "username", "owner",
                "displayName", "The Owner", "password", "a long enough passphrase", "confirm", "a long enough passphrase"));
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(owner.get(path).statusCode()).isEqualTo(404);
        assertThat(owner.signIn("owner", "a long enough passphrase")).endsWith("/newsroom");
        assertThat(owner.get("/newsroom/accounts").statusCode()).isEqualTo(200);
    }
}
