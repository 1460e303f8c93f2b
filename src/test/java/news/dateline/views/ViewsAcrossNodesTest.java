package news.dateline.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import news.dateline.DatelineApplication;
import news.dateline.articles.ArticleWorkflow;
import news.dateline.articles.Articles;
import news.dateline.articles.NewArticle;
import news.dateline.people.People;
import news.dateline.sections.Sections;
import news.dateline.support.Database;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two whole application nodes on one PostgreSQL database, counting the same readers at once: the sum
 * is exact, and views held in memory are written when a node shuts down, so a third node started
 * afterwards reads every one of them.
 */
class ViewsAcrossNodesTest {

    private static final String CHROME = ViewCountingSiteTest.CHROME;

    private static ConfigurableApplicationContext node(String databaseUrl) throws Exception {
        return new SpringApplicationBuilder(DatelineApplication.class).run(
                "--server.port=0",
                "--dateline.database.url=" + databaseUrl,
                "--dateline.database.username=postgres",
                "--dateline.data-dir=" + Files.createTempDirectory("dateline-node"),
                "--dateline.demo.enabled=false",
                "--dateline.media.warm-up=false",
                "--dateline.views.readers-per-address=0", // every test reader comes from 127.0.0.1
                "--spring.main.banner-mode=off");
    }

    private static int port(ConfigurableApplicationContext node) {
        return node.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    @Test
    void twoNodesAddUpExactlyAndWriteWhatTheyHoldWhenTheyStop() throws Exception {
        String databaseUrl = Database.POSTGRESQL.newDatabaseUrl();
        long story;
        try (ConfigurableApplicationContext first = node(databaseUrl);
             ConfigurableApplicationContext second = node(databaseUrl);
             HttpClient http = HttpClient.newHttpClient();
             ExecutorService threads = Executors.newFixedThreadPool(8)) {
            long section = first.getBean(Sections.class).create("World", "world", 1).id();
            long person = first.getBean(People.class).create("Maria Okafor", null, "", null).id();
            Articles articles = first.getBean(Articles.class);
            story = first.getBean(ArticleWorkflow.class).publish(articles.file(new NewArticle("Counted on two nodes", null, "", "Body.", section,
                    List.of(person), List.of(), null)).id()).id();

            List<Future<?>> work = new ArrayList<>();
            int[] ports = {port(first), port(second)};
            for (int n = 0; n < 2; n++) {
                for (int t = 0; t < 4; t++) {
                    int node = n;
                    int thread = t;
                    work.add(threads.submit(() -> {
                        for (int i = 0; i < 50; i++) {
                            beacon(http, ports[node], story, CHROME + " shared/" + thread + "-" + i);
                            beacon(http, ports[node], story, CHROME + " node" + node + "/" + thread + "-" + i);
                        }
                        return null;
                    }));
                }
            }
            for (Future<?> f : work) {
                f.get();
            }
        }
        // 200 readers went to both nodes (counted once) and 200 to each node alone
        try (ConfigurableApplicationContext third = node(databaseUrl)) {
            assertThat(third.getBean(ArticleViews.class).total(story)).isEqualTo(600);
            assertThat(third.getBean(ViewStatistics.class).article(story, ViewPeriod.LAST_24_HOURS).total()).isEqualTo(600);
        }
    }

    private static void beacon(HttpClient http, int port, long story, String userAgent) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/views/" + story))
                .POST(HttpRequest.BodyPublishers.noBody()).header("User-Agent", userAgent).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
    }
}
