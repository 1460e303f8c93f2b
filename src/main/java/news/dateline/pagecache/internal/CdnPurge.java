package news.dateline.pagecache.internal;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import news.dateline.platform.ChangeSubscriber;
import news.dateline.platform.JournalEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tells a CDN which surrogate keys to purge, following the change journal. Each node follows the journal, and the
 * node that claims an entry in {@code cdn_purges} sends its purge, so a change is purged once however many nodes
 * run. A failed call is released and retried; keys are sent at most {@value #KEYS_PER_CALL} to a call.
 */
class CdnPurge implements ChangeSubscriber {

    static final int KEYS_PER_CALL = 100;
    private static final Logger log = LoggerFactory.getLogger(CdnPurge.class);

    private final PageCacheSettings.Purge settings;
    private final ChangeKeys keys;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final HttpClient http;
    private volatile long cursor = -1;

    CdnPurge(PageCacheSettings.Purge settings, ChangeKeys keys, JdbcClient jdbc, Clock clock) {
        this.settings = settings;
        this.keys = keys;
        this.jdbc = jdbc;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    @Override
    public String name() {
        return "the CDN purge";
    }

    @Override
    public OptionalLong appliedUpTo() {
        return cursor < 0 ? OptionalLong.empty() : OptionalLong.of(cursor);
    }

    @Override
    public void rebuild(long cursor) {
        this.cursor = cursor;
    }

    @Override
    public void apply(List<JournalEntry> entries, long safeCursor) {
        List<JournalEntry> mine = entries.stream().filter(this::claim).toList();
        if (!mine.isEmpty()) {
            try {
                send(keys.of(mine));
            } catch (RuntimeException e) {
                release(mine);
                throw e;
            }
        }
        cursor = safeCursor;
        prune();
    }

    private boolean claim(JournalEntry entry) {
        return jdbc.sql("INSERT INTO cdn_purges (seq, claimed_at) VALUES (?, ?) ON CONFLICT (seq) DO NOTHING")
                .params(entry.seq(), clock.millis()).update() == 1;
    }

    private void release(List<JournalEntry> entries) {
        jdbc.sql("DELETE FROM cdn_purges WHERE seq IN (:seqs)")
                .param("seqs", entries.stream().map(JournalEntry::seq).toList()).update();
    }

    private void prune() {
        jdbc.sql("DELETE FROM cdn_purges WHERE claimed_at < ?")
                .param(clock.millis() - Duration.ofDays(8).toMillis()).update();
    }

    void send(Set<String> purged) {
        List<String> all = new ArrayList<>(purged);
        for (int from = 0; from < all.size(); from += KEYS_PER_CALL) {
            List<String> batch = all.subList(from, Math.min(all.size(), from + KEYS_PER_CALL));
            String json = batch.stream().map(k -> '"' + k + '"').collect(Collectors.joining(",", "{\"tags\":[", "]}"));
            var request = HttpRequest.newBuilder(settings.url()).timeout(settings.timeout())
                    .header("Content-Type", "application/json")
                    .header("Surrogate-Key", String.join(" ", batch))
                    .POST(HttpRequest.BodyPublishers.ofString(json));
            settings.headers().forEach(request::header);
            try {
                var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() / 100 != 2) {
                    throw new IllegalStateException("The CDN refused the purge of " + batch + ": HTTP "
                            + response.statusCode() + " " + response.body());
                }
                log.debug("Purged {} at the CDN", batch);
            } catch (IOException e) {
                throw new IllegalStateException("The CDN purge call failed: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while purging the CDN", e);
            }
        }
    }
}
