package news.dateline.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.IntStream;
import news.dateline.support.Database;
import news.dateline.support.MutableClock;
import news.dateline.webhooks.Delivery;
import news.dateline.webhooks.WebhookEvent;
import news.dateline.webhooks.WebhookSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The outbox and its senders on both databases, against a real receiver on 127.0.0.1. */
class SenderTest {

    private static final WebhookSettings FAST = new WebhookSettings(true, Duration.ofSeconds(1), Duration.ofSeconds(4),
            Duration.ofMinutes(1), Duration.ofSeconds(60), 5);

    private final Receiver receiver = new Receiver();
    private final MutableClock clock = new MutableClock(Instant.parse("2025-05-08T09:30:00Z"));
    private HikariDataSource dataSource;
    private DeliveryRepository deliveries;
    private EndpointRepository endpoints;

    @AfterEach
    void close() {
        receiver.close();
        if (dataSource != null) {
            dataSource.close();
        }
    }

    private long endpoint(Database database) {
        dataSource = database.fresh();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        deliveries = new DeliveryRepository(jdbc);
        endpoints = new EndpointRepository(jdbc);
        return endpoints.insert(receiver.url("/hook"), Set.of(WebhookEvent.STORY_PUBLISHED), "whsec_test", true,
                "admin", clock.instant());
    }

    private Sender sender(String name) {
        return new Sender(deliveries, endpoints, new AddressGuard(), d -> "{\"id\":\"" + d.id() + "\"}", FAST, clock,
                name);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void twoSendersOnOneDatabaseSendEachDeliveryExactlyOnce(Database database) throws Exception {
        long endpoint = endpoint(database);
        IntStream.rangeClosed(1, 30).forEach(story ->
                deliveries.enqueue(endpoint, WebhookEvent.STORY_PUBLISHED, story, clock.instant()));
        Sender one = sender("node-one");
        Sender two = sender("node-two");
        CyclicBarrier start = new CyclicBarrier(2);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> drain(one, start));
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> drain(two, start));

        assertThat(first.get() + second.get()).isEqualTo(30);
        List<String> sent = receiver.requests().stream().map(r -> r.header("Dateline-Delivery")).toList();
        assertThat(sent).hasSize(30).doesNotHaveDuplicates();
        assertThat(deliveries.recent(endpoint, 100)).extracting(Delivery::state).containsOnly(Delivery.DELIVERED);
    }

    private static int drain(Sender sender, CyclicBarrier start) {
        try {
            start.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        int sent = 0;
        for (int round = 0; round < 10; round++) {
            sent += sender.round();
        }
        return sent;
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aFailingReceiverIsRetriedWithBackoffUntilItAnswers(Database database) {
        long endpoint = endpoint(database);
        deliveries.enqueue(endpoint, WebhookEvent.STORY_PUBLISHED, 7, clock.instant());
        long id = deliveries.recent(endpoint, 1).getFirst().id();
        receiver.failNext(2);
        Sender sender = sender("node");

        assertThat(sender.round()).isEqualTo(1);
        Delivery afterFirst = deliveries.find(id).orElseThrow();
        assertThat(afterFirst.state()).isEqualTo(Delivery.PENDING);
        assertThat(afterFirst.lastStatus()).isEqualTo(500);
        assertThat(afterFirst.nextAttempt()).isBetween(clock.instant().plusMillis(799), clock.instant().plusMillis(1201));
        assertThat(sender.round()).as("not due yet").isZero();

        clock.advance(Duration.ofSeconds(2));
        assertThat(sender.round()).isEqualTo(1);
        Delivery afterSecond = deliveries.find(id).orElseThrow();
        assertThat(afterSecond.nextAttempt()).as("backoff doubles")
                .isBetween(clock.instant().plusMillis(1599), clock.instant().plusMillis(2401));
        clock.advance(Duration.ofSeconds(3));
        assertThat(sender.round()).isEqualTo(1);

        Delivery delivered = deliveries.find(id).orElseThrow();
        assertThat(delivered.state()).isEqualTo(Delivery.DELIVERED);
        assertThat(delivered.attempts()).isEqualTo(3);
        assertThat(delivered.lastStatus()).isEqualTo(204);
        assertThat(receiver.requests()).hasSize(3);
        assertThat(deliveries.attemptsLogged(endpoint)).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aDeliveryIsGivenUpAfterItsMaximumAgeAndTheLogKeepsTheNewestAttempts(Database database) {
        long endpoint = endpoint(database);
        deliveries.enqueue(endpoint, WebhookEvent.STORY_PUBLISHED, 8, clock.instant());
        long id = deliveries.recent(endpoint, 1).getFirst().id();
        receiver.failNext(1000);
        Sender sender = sender("node");
        for (int attempt = 0; attempt < 30 && deliveries.find(id).orElseThrow().state().equals(Delivery.PENDING);
             attempt++) {
            sender.round();
            clock.advance(Duration.ofSeconds(5));
        }
        Delivery failed = deliveries.find(id).orElseThrow();
        assertThat(failed.state()).isEqualTo(Delivery.FAILED);
        assertThat(failed.attempts()).isBetween(13, 20);
        assertThat(deliveries.attemptsLogged(endpoint)).isEqualTo(FAST.keepAttempts());

        deliveries.requeue(id, clock.instant());
        assertThat(deliveries.find(id).orElseThrow().state()).isEqualTo(Delivery.PENDING);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aWaitingDeliveryOfTheSameEventIsNotQueuedTwice(Database database) {
        long endpoint = endpoint(database);
        assertThat(deliveries.enqueue(endpoint, WebhookEvent.STORY_UPDATED, 9, clock.instant())).isTrue();
        assertThat(deliveries.enqueue(endpoint, WebhookEvent.STORY_UPDATED, 9, clock.instant())).isFalse();
        assertThat(deliveries.enqueue(endpoint, WebhookEvent.STORY_CORRECTED, 9, clock.instant())).isTrue();
        assertThat(deliveries.enqueue(endpoint, WebhookEvent.STORY_UPDATED, 10, clock.instant())).isTrue();

        long waiting = deliveries.recent(endpoint, 10).getLast().id();
        assertThat(deliveries.claim(waiting, "node", clock.instant(), Duration.ofMinutes(1))).isTrue();
        assertThat(deliveries.claim(waiting, "other", clock.instant(), Duration.ofMinutes(1))).isFalse();
        assertThat(deliveries.enqueue(endpoint, WebhookEvent.STORY_UPDATED, 9, clock.instant()))
                .as("the first is being sent: a later change is news again").isTrue();
    }
}
