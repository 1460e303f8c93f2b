package news.dateline.webhooks.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import news.dateline.webhooks.WebhookSettings;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs this node's {@link Sender} every {@code dateline.webhooks.interval} (2 s by default) unless disabled. */
@Component
class SenderSchedule {

    private final Sender sender;
    private final Subscribers subscribers;
    private final DeliveryRepository deliveries;
    private final WebhookSettings settings;
    private final Clock clock;
    private int rounds;

    SenderSchedule(DeliveryRepository deliveries, EndpointRepository endpoints, AddressGuard guard, Payload payload,
                   Subscribers subscribers, WebhookSettings settings, Clock clock) {
        this.sender = new Sender(deliveries, endpoints, guard, payload::of, settings, clock, node());
        this.subscribers = subscribers;
        this.deliveries = deliveries;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${dateline.webhooks.interval:2s}", initialDelayString = "${dateline.webhooks.interval:2s}")
    void send() {
        if (!settings.enabled()) {
            return;
        }
        subscribers.refresh();
        sender.round();
        if (rounds++ % 1000 == 0) {
            deliveries.pruneSettled(clock.instant().minus(Duration.ofDays(30)));
        }
    }

    private static String node() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "node";
        }
        String id = host + "-" + UUID.randomUUID().toString().substring(0, 8);
        return id.length() > 60 ? id.substring(id.length() - 60) : id;
    }
}
