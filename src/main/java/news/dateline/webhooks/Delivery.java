package news.dateline.webhooks;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One event for one endpoint, from the outbox.
 *
 * @param state       PENDING (waiting or retrying), DELIVERED (the receiver answered 2xx) or FAILED (gave up)
 * @param lastStatus  the receiver's last HTTP status, or null (never answered)
 * @param nextAttempt when the next attempt is due (meaningful while PENDING)
 */
public record Delivery(long id, long endpointId, WebhookEvent event, long entityId, String state, int attempts,
                       Instant createdAt, @Nullable Instant firstAttemptAt, Instant nextAttempt,
                       @Nullable Integer lastStatus, String lastError) {

    public static final String PENDING = "PENDING";
    public static final String DELIVERED = "DELIVERED";
    public static final String FAILED = "FAILED";
}
