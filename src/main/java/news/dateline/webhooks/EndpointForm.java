package news.dateline.webhooks;

import java.util.Set;

/** What an admin fills in to register or change an endpoint. */
public record EndpointForm(String url, Set<WebhookEvent> events, boolean active, boolean allowPrivateNetwork) {

    public EndpointForm {
        url = url == null ? "" : url.strip();
        events = Set.copyOf(events);
    }
}
