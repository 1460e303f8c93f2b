package news.dateline.views.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Bots are told from browsers with the crawler list's own sample user agents. */
class CrawlersTest {

    private final Crawlers crawlers = new Crawlers();

    @Test
    void everySampleUserAgentOfTheCrawlerListIsABot() throws Exception {
        List<String> samples = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/views/crawler-user-agents.json")) {
            for (JsonNode entry : JsonMapper.builder().build().readTree(in)) {
                entry.path("instances").forEach(instance -> samples.add(instance.asString()));
            }
        }
        assertThat(samples).hasSizeGreaterThan(1500);
        assertThat(samples).allSatisfy(ua -> assertThat(crawlers.isBot(ua)).as(ua).isTrue());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
            "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.81 Mobile Safari/537.36",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.70",
            "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36"
    })
    void peoplesBrowsersAreNotBots(String userAgent) {
        assertThat(crawlers.isBot(userAgent)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "curl/8.5.0", "python-requests/2.32.3", "Java-http-client/25",
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36"})
    void toolsHeadlessBrowsersAndMissingUserAgentsAreBots(String userAgent) {
        assertThat(crawlers.isBot(userAgent)).isTrue();
        assertThat(crawlers.isBot(null)).isTrue();
    }
}
