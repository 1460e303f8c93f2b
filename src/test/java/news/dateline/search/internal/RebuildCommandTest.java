package news.dateline.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import news.dateline.search.ArticleSearch;
import news.dateline.search.SearchQuery;
import news.dateline.support.SiteTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The rebuild command rebuilds the running node's index from the database and shows its progress. */
class RebuildCommandTest extends SiteTest {

    @Autowired
    RebuildCommand command;
    @Autowired
    ArticleSearch search;

    @Test
    void rebuildsWithAProgressBarAndTheSiteStillFindsItsStories() {
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> !search.find(SearchQuery.forReaders("Sobyanin", 10)).hits().isEmpty());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        command.rebuild(new PrintStream(out, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("Rebuilding the search index", "[" + "#".repeat(30) + "] 100%", "Search index rebuilt in");
        assertThat(search.find(SearchQuery.forReaders("Sobyanin", 10)).hits())
                .extracting(h -> h.article().slug()).contains("xi-jinping-arrived-in-moscow-to-show-support-for-putin");
        assertThat(RebuildCommand.bar(50)).isEqualTo("[" + "#".repeat(15) + "-".repeat(15) + "]");
    }
}
