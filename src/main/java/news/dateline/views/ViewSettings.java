package news.dateline.views;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How views are counted ({@code dateline.views.*}).
 *
 * @param dedupeWindow    a reader is counted once per article within this window
 * @param flushInterval   how often counted views are written to the database (at most every second)
 * @param mostReadRefresh how long a most-read list is served before it is computed again (0 = every time)
 * @param countStaff      whether signed-in newsroom staff reading the public site are counted
 * @param readersPerAddress how many distinct readers (browsers) one address may add to a story per dedupe window
 *                        on one node (an IPv6 address counts by its /64 network); 0 means no limit
 */
@ConfigurationProperties("dateline.views")
public record ViewSettings(@DefaultValue("30m") Duration dedupeWindow,
                           @DefaultValue("1s") Duration flushInterval,
                           @DefaultValue("60s") Duration mostReadRefresh,
                           @DefaultValue("false") boolean countStaff,
                           @DefaultValue("5") int readersPerAddress) {

    public ViewSettings {
        if (dedupeWindow.isNegative() || dedupeWindow.isZero()) {
            throw new IllegalArgumentException("dateline.views.dedupe-window must be positive");
        }
        if (flushInterval.toMillis() < 50 || flushInterval.compareTo(Duration.ofSeconds(1)) > 0) {
            throw new IllegalArgumentException("dateline.views.flush-interval must be between 50ms and 1s");
        }
        if (readersPerAddress < 0) {
            throw new IllegalArgumentException("dateline.views.readers-per-address cannot be negative (0 means no limit)");
        }
        if (mostReadRefresh.isNegative()) {
            throw new IllegalArgumentException("dateline.views.most-read-refresh cannot be negative");
        }
    }
}
