package news.dateline.articles;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import news.dateline.articles.internal.PublishedStoryRepository;
import news.dateline.articles.internal.Scope;
import news.dateline.support.Database;
import news.dateline.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The archive queries behind sitemaps and feeds, on SQLite and on PostgreSQL. */
class PublishedStoriesPersistenceTest {

    private static final Instant T0 = Instant.parse("2025-05-08T06:30:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private HikariDataSource dataSource;
    private Articles articles;
    private ArticleWorkflow workflow;
    private PublishedStoryRepository repository;
    private PublishedStories published;
    private long world;
    private long politics;
    private long aditya;

    private void open(Database database) {
        dataSource = database.fresh();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        articles = Stories.articles(jdbc, clock, e -> { });
        workflow = Stories.workflow(jdbc, clock, e -> { });
        repository = new PublishedStoryRepository(jdbc);
        published = Stories.published(jdbc, clock);
        world = insert(jdbc, "INSERT INTO sections (name, slug, position) VALUES ('World', 'world', 1)");
        politics = insert(jdbc, "INSERT INTO sections (name, slug, position) VALUES ('Politics', 'politics', 2)");
        aditya = insert(jdbc, "INSERT INTO people (display_name, slug) VALUES ('Aditya G. Varma', 'aditya-g-varma')");
    }

    private static long insert(JdbcClient jdbc, String sql) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql(sql).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    @AfterEach
    void close() {
        if (dataSource != null) {
            dataSource.close();
        }
    }

    private Article story(String headline, long section) {
        return articles.file(new NewArticle(headline, null, "", "Body.", section, List.of(aditya), List.of(), null));
    }

    private Article published(String headline, long section, Instant at) {
        return workflow.publishAsOf(story(headline, section).id(), at);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void streamingVisitsEveryPublicStoryOnceInBatchesEvenWhenTimesTie(Database database) {
        open(database);
        List<Long> expected = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            // pairs of stories share a publication time: the keyset must break ties by id
            expected.add(published("Story " + i, world, T0.minus(Duration.ofHours(10 - i / 2))).id());
        }
        story("A draft", politics);
        workflow.embargo(story("Embargoed", world).id(), T0.plus(Duration.ofHours(1)));
        published("Not yet due", world, T0.plus(Duration.ofHours(2)));
        workflow.kill(published("Killed", world, T0.minus(Duration.ofHours(3))).id());

        List<Long> seen = new ArrayList<>();
        repository.forEach(PublishedStories.BEGINNING, PublishedStories.END, T0, 2, s -> seen.add(s.id()));

        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aSpanCountsOnlyPublicStoriesInItsRange(Database database) {
        open(database);
        Instant april = Instant.parse("2025-04-30T10:00:00Z");
        published("April", world, april);
        Article may = published("May", politics, T0.minus(Duration.ofHours(1)));
        articles.markUpdated(may.id(), T0.minus(Duration.ofMinutes(10)));
        published("Not yet due", world, T0.plus(Duration.ofHours(2)));

        ArchiveSpan all = published.span(PublishedStories.BEGINNING, PublishedStories.END);
        assertThat(all.stories()).isEqualTo(2);
        assertThat(all.firstPublished()).isEqualTo(april);
        assertThat(all.lastPublished()).isEqualTo(T0.minus(Duration.ofHours(1)));
        assertThat(all.lastModified()).isEqualTo(T0.minus(Duration.ofMinutes(10)));

        ArchiveSpan mayOnly = published.span(Instant.parse("2025-05-01T00:00:00Z"), Instant.parse("2025-06-01T00:00:00Z"));
        assertThat(mayOnly.stories()).isEqualTo(1);
        ArchiveSpan empty = published.span(Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-02-01T00:00:00Z"));
        assertThat(empty.stories()).isZero();
        assertThat(empty.lastModified()).isNull();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void theNewsWindowHoldsOnlyRecentPublicStoriesNewestFirst(Database database) {
        open(database);
        published("Three days old", world, T0.minus(Duration.ofDays(3)));
        Article older = published("Yesterday", world, T0.minus(Duration.ofHours(20)));
        Article newer = published("This morning", world, T0.minus(Duration.ofHours(1)));
        workflow.unpublish(published("Withdrawn", world, T0.minus(Duration.ofHours(2))).id());

        assertThat(published.publishedWithin(Duration.ofHours(48), 1000)).extracting(PublishedStory::id)
                .containsExactly(newer.id(), older.id());
        assertThat(published.publishedWithin(Duration.ofHours(48), 1)).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void theLastChangeMovesWhenAStoryIsWithdrawnOrItsTimeComes(Database database) {
        open(database);
        assertThat(published.lastChange()).isNull();
        Article story = published("Published", world, T0.minus(Duration.ofHours(1)));
        Instant first = published.lastChange();
        assertThat(first).isNotNull();
        assertThat(published.lastChangeInSection(politics)).isNull();
        assertThat(published.lastChangeBy(aditya)).isEqualTo(first);

        clock.advance(Duration.ofMinutes(5));
        workflow.unpublish(story.id());
        assertThat(published.lastChange()).isEqualTo(clock.instant());

        published("Later", politics, clock.instant().plus(Duration.ofHours(1)));
        Instant beforeDue = repository.lastChange(Scope.section(politics), clock.instant());
        Instant afterDue = repository.lastChange(Scope.section(politics), clock.instant().plus(Duration.ofHours(2)));
        assertThat(afterDue).isAfter(beforeDue);
    }
}
