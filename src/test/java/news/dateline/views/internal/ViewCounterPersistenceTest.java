package news.dateline.views.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import news.dateline.articles.ArticleWorkflow;
import news.dateline.articles.Articles;
import news.dateline.articles.NewArticle;
import news.dateline.articles.Staff;
import news.dateline.articles.Stories;
import news.dateline.support.Database;
import news.dateline.support.MutableClock;
import news.dateline.views.ViewSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/** The counter on both databases: the dedupe window, exact sums across threads and nodes, flushing and failures. */
class ViewCounterPersistenceTest {

    private static final Instant T0 = Instant.parse("2026-11-20T10:15:00Z");
    private static final ViewSettings SETTINGS = new ViewSettings(Duration.ofMinutes(30), Duration.ofSeconds(1), Duration.ZERO, false, 5);
    private static final String CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";

    private final MutableClock clock = new MutableClock(T0);
    private final List<HikariDataSource> pools = new ArrayList<>();
    private HikariDataSource dataSource;
    private JdbcClient jdbc;
    private Articles articles;
    private ArticleWorkflow workflow;
    private long world;
    private long person;

    private void open(Database database) {
        dataSource = database.fresh();
        pools.add(dataSource);
        jdbc = JdbcClient.create(dataSource);
        articles = Stories.articles(jdbc, clock, event -> { });
        workflow = Stories.workflow(jdbc, clock, event -> { });
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO sections (name, slug, position) VALUES ('World', 'world', 1)").update(keys, "id");
        world = keys.getKeyAs(Number.class).longValue();
        var personKey = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO people (display_name, slug) VALUES ('Maria Okafor', 'maria-okafor')").update(personKey, "id");
        person = personKey.getKeyAs(Number.class).longValue();
    }

    @AfterEach
    void close() {
        pools.forEach(HikariDataSource::close);
    }

    /** Another application node: its own connection pool on the same database. */
    private HikariDataSource anotherPool() {
        HikariDataSource other = new HikariDataSource();
        other.setJdbcUrl(dataSource.getJdbcUrl());
        other.setUsername(dataSource.getUsername());
        other.setMaximumPoolSize(4);
        pools.add(other);
        return other;
    }

    private ViewCounter node(DataSource pool) {
        return new ViewCounter(new ViewStore(new JdbcTemplate(pool)), new Readers(JdbcClient.create(pool)),
                new TransactionTemplate(new DataSourceTransactionManager(pool)), clock, SETTINGS);
    }

    private long story(String headline) {
        long id = articles.file(new NewArticle(headline, null, "", "Body.", world, List.of(person), List.of(), null),
                new Staff(null, "Desk")).id();
        workflow.publishAsOf(id, T0.minus(Duration.ofHours(1)));
        return id;
    }

    private long total(long articleId) {
        return new ViewTotalsRepository(jdbc).total(articleId);
    }

    private long inHours(long articleId) {
        return jdbc.sql("SELECT COALESCE(SUM(views), 0) FROM article_view_hours WHERE article_id = ?").param(articleId)
                .query(Long.class).single();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aReaderCountsOncePerArticleWithinTheWindow(Database database) {
        open(database);
        long a = story("Story A");
        long b = story("Story B");
        ViewCounter counter = node(dataSource);
        assertThat(counter.offer("203.0.113.7", CHROME, a)).isTrue();
        assertThat(counter.offer("203.0.113.7", CHROME, a)).isFalse();
        assertThat(counter.offer("203.0.113.7", CHROME, b)).isTrue();
        assertThat(counter.offer("203.0.113.7", CHROME + " other", a)).as("another browser at the same address").isTrue();
        assertThat(counter.unwritten(a)).isEqualTo(2);
        assertThat(counter.flush()).isEqualTo(3);
        assertThat(counter.unwritten(a)).isZero();
        assertThat(total(a)).isEqualTo(2);

        clock.advance(Duration.ofMinutes(29));
        assertThat(counter.offer("203.0.113.7", CHROME, a)).isFalse();
        clock.advance(Duration.ofMinutes(2));
        assertThat(counter.offer("203.0.113.7", CHROME, a)).isTrue();
        assertThat(counter.flush()).isEqualTo(1);
        assertThat(total(a)).isEqualTo(3);
        assertThat(inHours(a)).isEqualTo(3);
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT hour) FROM article_view_hours WHERE article_id = ?").param(a)
                .query(Long.class).single()).as("10:15 and 10:46 fall in one hour").isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void oneAddressAddsAtMostFiveReadersPerStoryPerWindowWhateverItsUserAgent(Database database) {
        open(database);
        long a = story("Story A");
        long b = story("Story B");
        ViewCounter counter = node(dataSource);
        int counted = 0;
        for (int i = 0; i < 60; i++) {
            counted += counter.offer("203.0.113.9", CHROME + " variant/" + i, a) ? 1 : 0;
            counter.offer("2001:db8:7:9::" + Integer.toHexString(i + 1), CHROME + " variant/" + i, a);
        }
        assertThat(counted).isEqualTo(5);
        assertThat(counter.offer("203.0.113.9", CHROME + " variant/99", b)).as("another story").isTrue();
        assertThat(counter.offer("203.0.113.10", CHROME + " variant/99", a)).as("another address").isTrue();
        assertThat(counter.offer("2001:db8:7:a::1", CHROME, a)).as("another /64 network").isTrue();
        assertThat(counter.flush()).as("5 + 5 from the /64, and the three others").isEqualTo(13);
        assertThat(total(a)).isEqualTo(12);

        clock.advance(Duration.ofMinutes(31));
        assertThat(counter.offer("203.0.113.9", CHROME + " variant/77", a)).as("the next window").isTrue();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void nodesShareTheWindowThroughTheDatabaseAndStoreNoAddresses(Database database) {
        open(database);
        long a = story("Story A");
        ViewCounter first = node(dataSource);
        ViewCounter second = node(anotherPool());
        first.offer("198.51.100.20", CHROME, a);
        first.flush();
        assertThat(second.offer("198.51.100.20", CHROME, a)).as("unknown to this node's memory").isTrue();
        assertThat(second.flush()).as("but the database knows the reader").isZero();
        assertThat(total(a)).isEqualTo(1);
        clock.advance(Duration.ofMinutes(31));
        second.offer("198.51.100.20", CHROME, a);
        assertThat(second.flush()).isEqualTo(1);
        assertThat(total(a)).isEqualTo(2);

        List<String> readers = jdbc.sql("SELECT reader FROM view_readers").query(String.class).list();
        assertThat(readers).hasSize(1).allSatisfy(reader -> assertThat(reader).matches("[0-9a-f]{32}"));
        clock.advance(Duration.ofDays(3));
        new Readers(jdbc).forgetOldSalts(clock.instant());
        new ViewStore(new JdbcTemplate(dataSource)).forgetReaders(clock.millis() - Duration.ofMinutes(30).toMillis());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM view_salts").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM view_readers").query(Long.class).single()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void manyThreadsOnTwoNodesAddUpExactly(Database database) throws Exception {
        open(database);
        long[] stories = {story("One"), story("Two"), story("Three")};
        ViewCounter[] nodes = {node(dataSource), node(anotherPool())};
        AtomicBoolean counting = new AtomicBoolean(true);
        List<Future<?>> work = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(10)) {
            for (ViewCounter node : nodes) {
                work.add(threads.submit(() -> {
                    while (counting.get()) {
                        node.flush();
                    }
                }));
            }
            for (int n = 0; n < 2; n++) {
                for (int t = 0; t < 4; t++) {
                    ViewCounter node = nodes[n];
                    int nodeNumber = n;
                    int thread = t;
                    work.add(threads.submit(() -> {
                        for (int i = 0; i < 250; i++) {
                            for (long story : stories) {
                                node.offer("10.0." + thread + "." + i, CHROME, story);
                                node.offer("10." + (nodeNumber + 1) + "." + thread + "." + i, CHROME, story);
                            }
                        }
                    }));
                }
            }
            for (Future<?> f : work.subList(2, work.size())) {
                f.get();
            }
            counting.set(false);
            for (Future<?> f : work.subList(0, 2)) {
                f.get();
            }
        }
        nodes[0].flush();
        nodes[1].flush();
        // per story: 1,000 readers seen by both nodes (counted once) + 1,000 seen by each node alone
        for (long story : stories) {
            assertThat(total(story)).isEqualTo(3_000);
            assertThat(inHours(story)).isEqualTo(3_000);
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void stoppingWritesWhatIsWaitingAndTheCountsSurviveARestart(Database database) {
        open(database);
        long a = story("Story A");
        ViewCounter counter = node(dataSource);
        counter.start();
        for (int i = 0; i < 5; i++) {
            counter.offer("192.0.2." + i, CHROME, a);
        }
        counter.stop();
        HikariDataSource restarted = anotherPool();
        dataSource.close();
        assertThat(new ViewTotalsRepository(JdbcClient.create(restarted)).total(a)).isEqualTo(5);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aFailedWriteKeepsTheViewsForTheNextAttempt(Database database) {
        open(database);
        long a = story("Story A");
        AtomicBoolean down = new AtomicBoolean();
        DataSource flaky = new DelegatingDataSource(dataSource) {
            @Override
            public Connection getConnection() throws SQLException {
                if (down.get()) {
                    throw new SQLException("The database is unreachable");
                }
                return super.getConnection();
            }
        };
        ViewCounter counter = node(flaky);
        counter.offer("192.0.2.1", CHROME, a);
        down.set(true);
        counter.offer("192.0.2.2", CHROME, a);
        assertThat(counter.flush()).isZero();
        assertThat(counter.unwritten(a)).isEqualTo(2);
        down.set(false);
        assertThat(counter.flush()).isEqualTo(2);
        assertThat(total(a)).isEqualTo(2);
    }
}
