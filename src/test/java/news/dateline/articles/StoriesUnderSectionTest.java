package news.dateline.articles;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import news.dateline.support.Database;
import news.dateline.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A parent section's front lists its children's stories too (sections one level deep), on SQLite and PostgreSQL. */
class StoriesUnderSectionTest {

    private static final Instant T0 = Instant.parse("2025-05-08T06:30:00Z");

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
    void aParentsListingHasItsOwnAndItsChildrensStoriesNewestFirst(Database database) {
        dataSource = database.fresh();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        Articles articles = Stories.articles(jdbc, clock, e -> { });
        ArticleWorkflow workflow = Stories.workflow(jdbc, clock, e -> { });
        PublishedStories published = Stories.published(jdbc, clock);
        long business = insert(jdbc, "INSERT INTO sections (name, slug, position) VALUES ('Business', 'business', 1)");
        long markets = insert(jdbc, "INSERT INTO sections (name, slug, position, parent_id) VALUES ('Markets', 'markets', 2, ?)",
                business);
        long world = insert(jdbc, "INSERT INTO sections (name, slug, position) VALUES ('World', 'world', 3)");
        long person = insert(jdbc, "INSERT INTO people (display_name, slug) VALUES ('Zoë Ångström', 'zoe-angstrom')");
        long[] ids = new long[3];
        long[] in = {business, markets, world};
        for (int i = 0; i < 3; i++) {
            Article story = articles.file(new NewArticle("Story " + i, null, "", "Body.", in[i], List.of(person), List.of(), null));
            ids[i] = workflow.publishAsOf(story.id(), T0.minus(Duration.ofHours(3 - i))).id();
        }
        assertThat(published.latestUnderSection(business, 1, 10).articles()).extracting(Article::id)
                .containsExactly(ids[1], ids[0]);
        assertThat(published.latestUnderSection(business, 1, 10).total()).isEqualTo(2);
        assertThat(published.latestUnderSection(markets, 1, 10).articles()).extracting(Article::id).containsExactly(ids[1]);
        assertThat(published.latestInSection(business, 1, 10).articles()).extracting(Article::id).containsExactly(ids[0]);
    }
}
