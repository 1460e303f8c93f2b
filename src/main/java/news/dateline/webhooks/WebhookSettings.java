package news.dateline.webhooks;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Webhook delivery settings ({@code dateline.webhooks.*}).
 *
 * @param enabled      whether this node sends deliveries at all
 * @param firstRetry   the wait after the first failed attempt; doubled after each further failure (with jitter)
 * @param maxRetry     the longest wait between two attempts
 * @param maxAge       how long after its first attempt a delivery is retried before it is marked failed
 * @param lease        how long a claimed delivery is this node's alone
 * @param keepAttempts how many attempt log lines each endpoint keeps
 */
@Component
public record WebhookSettings(boolean enabled, Duration firstRetry, Duration maxRetry, Duration maxAge, Duration lease,
                              int keepAttempts) {

    @org.springframework.beans.factory.annotation.Autowired
    public WebhookSettings(@Value("${dateline.webhooks.enabled:true}") boolean enabled,
                           @Value("${dateline.webhooks.first-retry:30s}") String firstRetry,
                           @Value("${dateline.webhooks.max-retry:1h}") String maxRetry,
                           @Value("${dateline.webhooks.max-age:24h}") String maxAge,
                           @Value("${dateline.webhooks.keep-attempts:50}") int keepAttempts) {
        this(enabled, parse(firstRetry), parse(maxRetry), parse(maxAge), Duration.ofSeconds(60), keepAttempts);
    }

    private static Duration parse(String text) {
        return org.springframework.boot.convert.DurationStyle.detectAndParse(text);
    }

    /** The wait after {@code failures} failed attempts, before jitter. */
    public Duration backoff(int failures) {
        Duration wait = firstRetry.multipliedBy(1L << Math.min(Math.max(failures - 1, 0), 20));
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }
}
