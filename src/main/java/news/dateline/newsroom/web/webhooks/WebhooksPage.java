package news.dateline.newsroom.web.webhooks;

import java.util.List;
import java.util.Set;
import news.dateline.newsroom.web.NewsroomFrame;
import news.dateline.webhooks.Delivery;
import news.dateline.webhooks.Endpoint;
import news.dateline.webhooks.WebhookEvent;
import org.jspecify.annotations.Nullable;

/**
 * The webhooks screen: every endpoint, the form (registering a new one, or changing {@code editing}), and the edited
 * endpoint's recent deliveries. {@code error} is the refused field's message, {@code errorField} its name.
 */
public record WebhooksPage(NewsroomFrame frame, List<Endpoint> endpoints, @Nullable Endpoint editing, Form form,
                           @Nullable String errorField, @Nullable String error, List<Delivery> deliveries) {

    /** What the form shows. */
    public record Form(String url, Set<WebhookEvent> events, boolean active, boolean allowPrivateNetwork) {
    }

    public List<WebhookEvent> allEvents() {
        return List.of(WebhookEvent.values());
    }

    public @Nullable String error(String field) {
        return field.equals(errorField) ? error : null;
    }
}
