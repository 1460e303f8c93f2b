package news.dateline.webhooks.internal;

import java.util.List;
import news.dateline.webhooks.Endpoint;
import news.dateline.webhooks.WebhookEvent;
import org.springframework.stereotype.Component;

/**
 * The active endpoints, kept in memory so that the outbox costs nothing while none is registered (an import publishes
 * thousands of stories): refreshed when this node changes an endpoint and on every sender round (other nodes' changes).
 */
@Component
public class Subscribers {

    private final EndpointRepository endpoints;
    private volatile List<Endpoint> active;

    Subscribers(EndpointRepository endpoints) {
        this.endpoints = endpoints;
        this.active = endpoints.active();
    }

    public void refresh() {
        active = endpoints.active();
    }

    public List<Endpoint> hearing(WebhookEvent event) {
        List<Endpoint> now = active;
        return now.isEmpty() ? List.of() : now.stream().filter(e -> e.hears(event)).toList();
    }
}
