package news.dateline.articles;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import news.dateline.articles.internal.StoryStreamRepository;
import news.dateline.support.Database;
import news.dateline.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The Content API's story reads: keyset pages, filters, last change, availability and tags, on both databases. */
class StoryStreamTest {

    private static final Instant T0 = Instant.parse("2025-05-08T09:30:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private HikariDataSource dataSource;

    @AfterEach
    void close() {
        if (dataSource != null) {
            dataSource.close();
        }
    }

    private static long insert(JdbcClient jdbc, String sql, Object... params) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql(sql).params(params).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void pagesFiltersAndVisibility(Database database) {
        dataSource = database.fresh();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        Articles articles = Stories.articles(jdbc, clock, e -> { });
        ArticleWorkflow workflow = Stories.workflow(jdbc, clock, e -> { });
        StoryStream stream = new StoryStream(new StoryStreamRepository(jdbc), clock);
        long business = insert(jdbc, "INSERT INTO sections (name, slug, position) VALUES ('Business', 'business', 1)");
        long markets = insert(jdbc, "INSERT INTO sections (name, slug, position, parent_id) VALUES ('Markets', 'markets', 2, ?)",
                business);
        long zoe = insert(jdbc, "INSERT INTO people (display_name, slug) VALUES ('Zoë Ångström', 'zoe-angstrom')");
        long ivan = insert(jdbc, "INSERT INTO people (display_name, slug) VALUES ('Иван Петров', 'ivan')");
        Instant same = T0.minus(Duration.ofHours(2));
        List<Long> newestFirst = new ArrayList<>();
        for (int i = 0; i < 4; i++) { // two pairs published at the very same instant: the id breaks the tie
            long section = i % 2 == 0 ? business : markets;
            Article story = articles.file(new NewArticle("Story " + i, null, "", "Body.", section,
                    List.of(i < 2 ? zoe : ivan), List.of(i == 3 ? "Зерно" : "Markets"), null));
            newestFirst.addFirst(workflow.publishAsOf(story.id(), same.plus(Duration.ofHours(i / 2))).id());
        }
        Article future = articles.file(new NewArticle("Later", null, "", "Body.", business, List.of(zoe), List.of("Markets"), null));
        workflow.publishAsOf(future.id(), T0.plus(Duration.ofHours(1)));
        Article killed = articles.file(new NewArticle("Killed", null, "", "Body.", business, List.of(zoe), List.of("Markets"), null));
        workflow.kill(workflow.publish(killed.id()).id());
        Article draft = articles.file(new NewArticle("Draft", null, "", "Body.", business, List.of(zoe), List.of("Markets"), null));

        List<Long> paged = new ArrayList<>();
        StoryStream.Position after = null;
        for (int page = 0; page < 4; page++) {
            List<Article> stories = stream.page(StoryStream.Filter.NONE, after, 1);
            stories.forEach(s -> paged.add(s.id()));
            after = stories.isEmpty() ? null : new StoryStream.Position(stories.get(0).firstPublishedAt(), stories.get(0).id());
        }
        assertThat(paged).containsExactlyElementsOf(newestFirst);
        assertThat(stream.page(StoryStream.Filter.NONE, after, 10)).isEmpty();

        assertThat(ids(stream.page(new StoryStream.Filter(business, null, null, null), null, 10))).hasSize(4);
        assertThat(ids(stream.page(new StoryStream.Filter(markets, null, null, null), null, 10)))
                .containsExactly(newestFirst.get(0), newestFirst.get(2));
        assertThat(ids(stream.page(new StoryStream.Filter(null, ivan, "Зерно", null), null, 10)))
                .containsExactly(newestFirst.get(0));

        clock.set(T0.plus(Duration.ofMinutes(10)));
        workflow.correct(newestFirst.get(3), CorrectionKind.CLARIFICATION, "Zoë, not Zoe.", new Staff(null, "Desk"));
        assertThat(ids(stream.page(new StoryStream.Filter(null, null, null, T0), null, 10)))
                .containsExactly(newestFirst.get(3));
        assertThat(stream.corrections(newestFirst).get(newestFirst.get(3))).extracting(Correction::text)
                .containsExactly("Zoë, not Zoe.");

        assertThat(stream.availability(newestFirst.get(0))).isEqualTo(StoryStream.Availability.PUBLIC);
        assertThat(stream.availability(future.id())).isEqualTo(StoryStream.Availability.NONE);
        assertThat(stream.availability(killed.id())).isEqualTo(StoryStream.Availability.GONE);
        assertThat(stream.availability(draft.id())).isEqualTo(StoryStream.Availability.NONE);
        assertThat(stream.byId(future.id())).isEmpty();
        assertThat(stream.tags(10)).containsExactly(new StoryStream.TagCount("Markets", 3),
                new StoryStream.TagCount("Зерно", 1));
    }

    private static List<Long> ids(List<Article> stories) {
        return stories.stream().map(Article::id).toList();
    }
}
