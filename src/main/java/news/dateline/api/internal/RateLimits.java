package news.dateline.api.internal;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A token bucket per integration, in memory on each node: a burst of the per-minute limit, refilled evenly.
 * Only authenticated integrations get a bucket (at most {@link #MOST}), so made-up keys cost no memory.
 */
final class RateLimits {

    private static final int MOST = 10_000;

    private final Clock clock;
    private final ConcurrentHashMap<Long, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimits(Clock clock) {
        this.clock = clock;
    }

    /** Takes one request from the integration's bucket: null when allowed, else the seconds until the next one is. */
    @Nullable Long take(long integrationId, int perMinute) {
        if (buckets.size() >= MOST && !buckets.containsKey(integrationId)) {
            buckets.clear();
        }
        Bucket bucket = buckets.computeIfAbsent(integrationId, id -> new Bucket(perMinute, clock.millis()));
        synchronized (bucket) {
            return bucket.take(perMinute, clock.millis());
        }
    }

    private static final class Bucket {
        private double tokens;
        private long at;

        Bucket(int perMinute, long now) {
            this.tokens = perMinute;
            this.at = now;
        }

        @Nullable Long take(int perMinute, long now) {
            double perMilli = perMinute / 60_000.0;
            tokens = Math.min(perMinute, tokens + Math.max(0, now - at) * perMilli);
            at = Math.max(at, now);
            if (tokens >= 1) {
                tokens -= 1;
                return null;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / perMilli / 1000));
        }
    }
}
