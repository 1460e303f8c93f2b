package news.dateline.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import news.dateline.articles.ArticleWorkflow;
import news.dateline.articles.Articles;
import news.dateline.articles.NewArticle;
import news.dateline.articles.Staff;
import news.dateline.articles.Stories;
import news.dateline.platform.SiteSettings;
import news.dateline.support.Database;
import news.dateline.support.MutableClock;
import news.dateline.views.internal.MostReadRepository;
import news.dateline.views.internal.StatisticsRepository;
import news.dateline.views.internal.ViewTotalsRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Most-read lists and analytics over hourly buckets, moved through time with an injected clock. */
class MostReadWindowsTest {

    private static final Instant NOW = Instant.parse("2026-11-20T15:20:00Z");
    private static final SiteSettings SITE = new SiteSettings("Dateline", "https://news.example", "en",
            ZoneId.of("Europe/London"), "Credit: {source}");

    private final MutableClock clock = new MutableClock(NOW);
    private HikariDataSource dataSource;
    private JdbcClient jdbc;
    private Articles articles;
    private ArticleWorkflow workflow;
    private ViewTotalsRepository buckets;
    private MostRead mostRead;
    private ViewStatistics statistics;
    private long person;

    private void open(Database database) {
        dataSource = database.fresh();
        jdbc = JdbcClient.create(dataSource);
        articles = Stories.articles(jdbc, clock, event -> { });
        workflow = Stories.workflow(jdbc, clock, event -> { });
        buckets = new ViewTotalsRepository(jdbc);
        mostRead = new MostRead(new MostReadRepository(jdbc), Stories.published(jdbc, clock), clock, SITE,
                new ViewSettings(Duration.ofMinutes(30), Duration.ofSeconds(1), Duration.ZERO, false, 5), event -> { });
        statistics = new ViewStatistics(new StatisticsRepository(jdbc), clock, SITE);
        person = insert("INSERT INTO people (display_name, slug) VALUES ('Maria Okafor', 'maria-okafor')");
    }

    @AfterEach
    void close() {
        if (dataSource != null) {
            dataSource.close();
        }
    }

    private long insert(String sql) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(sql).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    private long section(String slug) {
        return insert("INSERT INTO sections (name, slug, position) VALUES ('" + slug + "', '" + slug + "', 1)");
    }

    private long story(String headline, long section) {
        long id = articles.file(new NewArticle(headline, null, "", "Body.", section, List.of(person), List.of(), null),
                new Staff(null, "Desk")).id();
        workflow.publishAsOf(id, NOW.minus(Duration.ofDays(20)));
        return id;
    }

    private void views(long story, Duration ago, long views) {
        buckets.add(story, ViewPeriod.hourOf(clock.instant().minus(ago)), views);
    }

    private static List<String> headlines(List<MostReadStory> list) {
        return list.stream().map(s -> s.article().headline()).toList();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void theDayAndTheWeekCountOnlyTheirOwnHours(Database database) {
        open(database);
        long world = section("world");
        long sport = section("sport");
        long fresh = story("Fresh", world);
        long older = story("Older", world);
        long match = story("Match", sport);
        views(fresh, Duration.ZERO, 40);
        views(fresh, Duration.ofHours(23), 5);
        views(older, Duration.ofHours(24), 500);
        views(older, Duration.ofDays(6), 100);
        views(match, Duration.ofHours(2), 20);
        views(match, Duration.ofDays(8), 10_000);

        assertThat(headlines(mostRead.site(ViewPeriod.LAST_24_HOURS, 5))).containsExactly("Fresh", "Match");
        assertThat(mostRead.site(ViewPeriod.LAST_24_HOURS, 5).getFirst().views()).isEqualTo(45);
        assertThat(headlines(mostRead.site(ViewPeriod.LAST_7_DAYS, 5))).containsExactly("Older", "Fresh", "Match");
        assertThat(headlines(mostRead.inSection(sport, ViewPeriod.LAST_7_DAYS, 5))).containsExactly("Match");
        assertThat(headlines(mostRead.inSection(world, ViewPeriod.LAST_7_DAYS, 1))).containsExactly("Older");

        clock.advance(Duration.ofHours(22));
        assertThat(headlines(mostRead.site(ViewPeriod.LAST_24_HOURS, 5))).as("the match's views and 5 of Fresh are out")
                .containsExactly("Fresh");
        assertThat(mostRead.site(ViewPeriod.LAST_24_HOURS, 5).getFirst().views()).isEqualTo(40);
        clock.advance(Duration.ofDays(7));
        assertThat(mostRead.site(ViewPeriod.LAST_7_DAYS, 5)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void storiesReadersMayNotSeeAreLeftOutAndTheListIsFilledFromFurtherDown(Database database) {
        open(database);
        long world = section("world");
        List<Long> hidden = List.of(story("Unpublished", world), story("Killed", world));
        workflow.unpublish(hidden.get(0));
        workflow.unpublish(hidden.get(1));
        workflow.kill(hidden.get(1));
        long embargoed = articles.file(new NewArticle("Embargoed for tomorrow", null, "", "Body.", world, List.of(person),
                List.of(), null), new Staff(null, "Desk")).id();
        workflow.publishAsOf(embargoed, NOW.plus(Duration.ofDays(1)));
        for (long id : hidden) {
            views(id, Duration.ofHours(1), 1_000);
        }
        views(embargoed, Duration.ofHours(1), 1_000);
        for (int i = 1; i <= 12; i++) {
            views(story("Visible " + i, world), Duration.ofHours(1), 100 - i);
        }
        var list = mostRead.site(ViewPeriod.LAST_24_HOURS, 5);
        assertThat(headlines(list)).containsExactly("Visible 1", "Visible 2", "Visible 3", "Visible 4", "Visible 5");
        assertThat(headlines(mostRead.site(ViewPeriod.LAST_24_HOURS, 12))).hasSize(12).doesNotContain(
                "Unpublished", "Killed", "Embargoed for tomorrow");
        assertThat(statistics.top(ViewPeriod.LAST_24_HOURS, 3)).as("the newsroom sees every story")
                .extracting(ViewStatistics.Tally::id).containsExactlyInAnyOrder(hidden.get(0), hidden.get(1), embargoed);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void analyticsSeriesHaveAPointForEveryHourOrDay(Database database) {
        open(database);
        long world = section("world");
        long a = story("A", world);
        views(a, Duration.ZERO, 7);
        views(a, Duration.ofHours(3), 2);
        views(a, Duration.ofDays(2), 11);
        ViewSeries today = statistics.article(a, ViewPeriod.TODAY);
        assertThat(today.hourly()).isTrue();
        assertThat(today.points()).hasSize(16);
        assertThat(today.total()).isEqualTo(9);
        ViewSeries week = statistics.site(ViewPeriod.LAST_7_DAYS);
        assertThat(week.hourly()).isFalse();
        assertThat(week.points()).hasSize(8);
        assertThat(week.total()).isEqualTo(20);
        assertThat(week.points().getLast().views()).isEqualTo(9);
        assertThat(statistics.sections(ViewPeriod.LAST_30_DAYS)).containsExactly(new ViewStatistics.Tally(world, 20));
    }
}
