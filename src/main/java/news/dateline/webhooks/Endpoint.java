package news.dateline.webhooks;

import java.time.Instant;
import java.util.Set;

/**
 * A receiver an admin registered.
 *
 * @param secret              the signing key (shown to admins: they paste it into the receiver)
 * @param allowPrivateNetwork whether the URL may point into a private network or at this machine
 */
public record Endpoint(long id, String url, Set<WebhookEvent> events, String secret, boolean active,
                       boolean allowPrivateNetwork, String createdBy, Instant createdAt) {

    public Endpoint {
        events = Set.copyOf(events);
    }

    public boolean hears(WebhookEvent event) {
        return active && events.contains(event);
    }
}
