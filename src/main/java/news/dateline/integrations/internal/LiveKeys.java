package news.dateline.integrations.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import news.dateline.integrations.Integration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * Live integrations found by their secret's hash, remembered for {@link #FRESH} so that an API request costs no
 * database lookup; a revocation made on any node is seen by every node within that time. Only live keys are
 * remembered (at most {@link #MOST} of them), so made-up keys cost a lookup each but no memory. The origins all
 * live keys allow (for CORS preflights) are kept the same way, and {@code last_used_at} is written at most once a
 * minute per key.
 */
public class LiveKeys {

    public static final Duration FRESH = Duration.ofSeconds(5);
    static final Duration USE_WRITTEN_EVERY = Duration.ofMinutes(1);
    private static final int MOST = 10_000;
    private static final Logger log = LoggerFactory.getLogger(LiveKeys.class);

    private record Found(Integration integration, Instant at) {
    }

    private record Origins(Set<String> all, Instant at) {
    }

    private final IntegrationRepository repository;
    private final Clock clock;
    private final ConcurrentHashMap<String, Found> byHash = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Long, Instant> usedWritten = new ConcurrentHashMap<>();
    private volatile Origins origins = new Origins(Set.of(), Instant.MIN);

    public LiveKeys(IntegrationRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public Optional<Integration> find(String tokenHash) {
        Instant now = clock.instant();
        Found found = byHash.get(tokenHash);
        if (found != null && found.at().plus(FRESH).isAfter(now)) {
            return Optional.of(found.integration());
        }
        Optional<Integration> live = repository.findLive(tokenHash);
        if (live.isPresent()) {
            if (byHash.size() >= MOST) {
                byHash.clear();
            }
            byHash.put(tokenHash, new Found(live.get(), now));
        } else {
            byHash.remove(tokenHash);
        }
        return live;
    }

    public boolean anyAllows(String origin) {
        Instant now = clock.instant();
        Origins known = origins;
        if (!known.at().plus(FRESH).isAfter(now)) {
            Set<String> all = new HashSet<>();
            for (String line : repository.liveOrigins()) {
                all.addAll(List.of(line.strip().split(" +")));
            }
            known = new Origins(Set.copyOf(all), now);
            origins = known;
        }
        return known.all().contains(origin);
    }

    /** Records that the integration was used now, writing it only when the last write is a minute old. */
    public void used(Integration integration) {
        Instant now = clock.instant();
        Instant last = usedWritten.get(integration.id());
        if (last != null && last.plus(USE_WRITTEN_EVERY).isAfter(now)) {
            return;
        }
        if (usedWritten.size() >= MOST) {
            usedWritten.clear();
        }
        usedWritten.put(integration.id(), now);
        try {
            repository.used(integration.id(), now);
        } catch (DataAccessException e) {
            log.debug("Could not note the use of integration {}: {}", integration.id(), e.toString());
        }
    }

    /** Forgets everything remembered on this node (after a change made here). */
    public void forget() {
        byHash.clear();
        origins = new Origins(Set.of(), Instant.MIN);
    }
}
