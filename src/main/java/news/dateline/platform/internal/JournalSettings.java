package news.dateline.platform.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How this node follows the change journal ({@code dateline.journal.*}).
 *
 * @param follow       whether to follow at all (off only in tests that simulate a crash before indexing)
 * @param pollInterval how often to look for new entries
 * @param batchSize    at most this many entries per poll
 * @param gapTimeout   how long a missing seq is waited for before it is taken as rolled back
 * @param retention    how long entries are kept; a node whose cursor is older rebuilds from the database
 */
@ConfigurationProperties("dateline.journal")
record JournalSettings(Boolean follow, Duration pollInterval, Integer batchSize, Duration gapTimeout, Duration retention) {

    JournalSettings {
        follow = follow == null || follow;
        pollInterval = pollInterval == null ? Duration.ofMillis(200) : pollInterval;
        batchSize = batchSize == null || batchSize < 1 ? 500 : batchSize;
        gapTimeout = gapTimeout == null ? Duration.ofMinutes(1) : gapTimeout;
        retention = retention == null ? Duration.ofDays(7) : retention;
    }
}
