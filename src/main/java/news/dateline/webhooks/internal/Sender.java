package news.dateline.webhooks.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import news.dateline.webhooks.Delivery;
import news.dateline.webhooks.Endpoint;
import news.dateline.webhooks.WebhookException;
import news.dateline.webhooks.WebhookSettings;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends due deliveries: claims each (one conditional UPDATE, so of several nodes exactly one sends it), checks the
 * address again, POSTs the signed payload on a virtual thread, and settles the row: delivered on 2xx, else retried
 * with exponential backoff and jitter until {@code maxAge} after the first attempt, then failed. Every attempt is
 * logged. All state is in the database, so a restart loses nothing (a lease left by a dead node runs out).
 */
public final class Sender {

    private static final Logger LOG = LoggerFactory.getLogger(Sender.class);
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration TOTAL_TIMEOUT = Duration.ofSeconds(10);
    private static final int BATCH = 20;

    private final DeliveryRepository deliveries;
    private final EndpointRepository endpoints;
    private final AddressGuard guard;
    private final Function<Delivery, String> payload;
    private final WebhookSettings settings;
    private final Clock clock;
    private final String name;

    public Sender(DeliveryRepository deliveries, EndpointRepository endpoints, AddressGuard guard,
                  Function<Delivery, String> payload, WebhookSettings settings, Clock clock, String name) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.guard = guard;
        this.payload = payload;
        this.settings = settings;
        this.clock = clock;
        this.name = name;
    }

    /** One round: sends what is due and this sender could claim; returns how many it attempted. */
    public int round() {
        List<Long> claimed = new ArrayList<>();
        for (long id : deliveries.due(clock.instant(), BATCH)) {
            if (deliveries.claim(id, name, clock.instant(), settings.lease())) {
                claimed.add(id);
            }
        }
        if (claimed.isEmpty()) {
            return 0;
        }
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> sends = claimed.stream().<Future<?>>map(id -> threads.submit(() -> attempt(id))).toList();
            for (Future<?> send : sends) {
                try {
                    send.get();
                } catch (Exception e) {
                    LOG.warn("A webhook delivery attempt failed unexpectedly", e);
                }
            }
        }
        return claimed.size();
    }

    private void attempt(long id) {
        Delivery delivery = deliveries.find(id).orElse(null);
        if (delivery == null) {
            return;
        }
        Endpoint endpoint = endpoints.find(delivery.endpointId()).orElse(null);
        Instant started = clock.instant();
        long nanos = System.nanoTime();
        Integer status = null;
        String error = "";
        if (endpoint == null || !endpoint.active()) {
            error = "The endpoint is no longer active";
        } else {
            try {
                AddressGuard.Target target = guard.check(endpoint.url(), endpoint.allowPrivateNetwork());
                String body = payload.apply(delivery);
                Map<String, String> headers = new LinkedHashMap<>();
                headers.put("Content-Type", "application/json");
                headers.put("User-Agent", "Dateline-Webhooks/1");
                headers.put("Dateline-Event", delivery.event().code());
                headers.put("Dateline-Delivery", String.valueOf(delivery.id()));
                headers.put("Dateline-Signature", Signature.header(endpoint.secret(), started.getEpochSecond(), body));
                status = Post.send(target, headers, body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        CONNECT_TIMEOUT, TOTAL_TIMEOUT);
                error = status / 100 == 2 ? "" : "HTTP " + status;
            } catch (WebhookException e) {
                error = e.getMessage();
            } catch (IOException | RuntimeException e) {
                error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            }
        }
        long millis = (System.nanoTime() - nanos) / 1_000_000;
        settle(delivery, endpoint != null && endpoint.active(), started, status, error, millis);
    }

    private void settle(Delivery delivery, boolean endpointActive, Instant at, @Nullable Integer status, String error,
                        long millis) {
        Instant first = delivery.firstAttemptAt() == null ? at : delivery.firstAttemptAt();
        String state;
        Instant next = at;
        if (status != null && status / 100 == 2) {
            state = Delivery.DELIVERED;
        } else if (!endpointActive || !at.isBefore(first.plus(settings.maxAge()))) {
            state = Delivery.FAILED;
        } else {
            state = Delivery.PENDING;
            long wait = settings.backoff(delivery.attempts() + 1).toMillis();
            next = at.plusMillis((long) (wait * ThreadLocalRandom.current().nextDouble(0.8, 1.2)));
        }
        deliveries.logAttempt(delivery.id(), delivery.endpointId(), at, status, error, millis);
        deliveries.pruneAttempts(delivery.endpointId(), settings.keepAttempts());
        if (!deliveries.settle(delivery.id(), name, state, first, next, status, error)) {
            LOG.warn("Webhook delivery {} was no longer {}'s to settle (lease ran out)", delivery.id(), name);
        }
        LOG.info("Webhook delivery {} ({}) to endpoint {}: {} in {} ms -> {}", delivery.id(), delivery.event().code(),
                delivery.endpointId(), status == null ? error : status, millis, state);
    }
}
