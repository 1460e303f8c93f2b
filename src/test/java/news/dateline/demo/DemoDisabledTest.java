package news.dateline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import news.dateline.articles.Articles;
import news.dateline.articles.PublishedStories;
import news.dateline.sections.Sections;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With {@code dateline.demo.enabled=false} a new site starts empty. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class DemoDisabledTest {

    @DynamicPropertySource
    static void emptySite(DynamicPropertyRegistry registry) throws Exception {
        String dataDir = Files.createTempDirectory("dateline-empty").toString();
        registry.add("dateline.data-dir", () -> dataDir);
        registry.add("dateline.demo.enabled", () -> "false");
    }

    @Autowired
    Sections sections;
    @Autowired
    Articles articles;
    @Autowired
    PublishedStories published;

    @Test
    void nothingIsLoaded() {
        assertThat(sections.isEmpty()).isTrue();
        assertThat(published.latest(1, 10).total()).isZero();
    }
}
