package news.dateline.pagecache.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import news.dateline.platform.ChangeKind;
import news.dateline.platform.JournalEntry;
import news.dateline.support.Database;
import news.dateline.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The CDN purge call: its form, one call per change however many nodes follow the journal, and retries. */
class CdnPurgeTest {

    /** One purge call as the fake CDN received it. */
    record Call(String surrogateKey, String body, String token) {
    }

    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger status = new AtomicInteger(200);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T12:00:00Z"));
    private HttpServer cdn;

    @BeforeEach
    void startFakeCdn() throws IOException {
        cdn = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        cdn.createContext("/purge", exchange -> {
            calls.add(new Call(exchange.getRequestHeaders().getFirst("Surrogate-Key"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                    exchange.getRequestHeaders().getFirst("Authorization")));
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        cdn.start();
    }

    @AfterEach
    void stopFakeCdn() {
        cdn.stop(0);
    }

    private CdnPurge node(DataSource db) {
        var settings = new PageCacheSettings.Purge(URI.create("http://127.0.0.1:" + cdn.getAddress().getPort() + "/purge"),
                Map.of("Authorization", "Bearer secret"), null);
        return new CdnPurge(settings, new ChangeKeys(null), JdbcClient.create(db), clock);
    }

    private static JournalEntry entry(long seq, ChangeKind kind, long id) {
        return new JournalEntry(seq, kind, id, Instant.parse("2026-11-29T12:00:00Z"));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void eachChangeIsPurgedOnceByWhicheverNodeClaimsIt(Database database) {
        DataSource db = database.fresh();
        CdnPurge one = node(db);
        CdnPurge two = node(db);
        one.rebuild(0);
        two.rebuild(0);
        var entries = List.of(entry(1, ChangeKind.IMAGE, 7), entry(2, ChangeKind.SECTION, 3));

        one.apply(entries, 2);
        two.apply(entries, 2);

        assertThat(calls).hasSize(1);
        Call call = calls.get(0);
        assertThat(call.surrogateKey().split(" ")).containsExactlyInAnyOrder("image-7", "images", "search", "section-3", "sections");
        assertThat(call.body()).startsWith("{\"tags\":[").contains("\"image-7\"").contains("\"sections\"");
        assertThat(call.token()).isEqualTo("Bearer secret");
        assertThat(one.appliedUpTo()).hasValue(2);
        assertThat(two.appliedUpTo()).hasValue(2);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aRefusedPurgeIsReleasedAndSentAgainOnTheRetry(Database database) {
        DataSource db = database.fresh();
        CdnPurge node = node(db);
        node.rebuild(0);
        var entries = List.of(entry(1, ChangeKind.PERSON, 5));
        status.set(503);
        assertThatThrownBy(() -> node.apply(entries, 1)).hasMessageContaining("503");
        assertThat(node.appliedUpTo()).as("not past what failed").hasValue(0);

        status.set(200);
        node.apply(entries, 1);
        assertThat(calls).hasSize(2);
        assertThat(calls.get(1).surrogateKey().split(" ")).contains("person-5", "people");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void manyKeysAreSentInSeveralCalls(Database database) {
        DataSource db = database.fresh();
        CdnPurge node = node(db);
        node.rebuild(0);
        var entries = java.util.stream.LongStream.rangeClosed(1, 150).mapToObj(i -> entry(i, ChangeKind.IMAGE, i)).toList();
        node.apply(entries, 150);
        assertThat(calls).hasSize(2);
        assertThat(calls.stream().mapToInt(c -> c.surrogateKey().split(" ").length).sum()).isEqualTo(152);
    }
}
