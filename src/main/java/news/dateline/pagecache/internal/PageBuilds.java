package news.dateline.pagecache.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * One build per page at a time: when a page is missing (just dropped by a change, under breaking-news load), the
 * first request builds it and the others wait for that build instead of all building it at once. A waiter whose
 * build ends without a page to keep (an error, a page that may not be cached, a change meanwhile) or that
 * waits longer than {@link #WAIT_SECONDS} builds the page itself.
 */
@Component
class PageBuilds {

    static final long WAIT_SECONDS = 10;

    private final ConcurrentHashMap<String, CompletableFuture<CachedPage>> building = new ConcurrentHashMap<>();

    /** A build this request should lead (it must then call {@link #finish}), or null when another is under way. */
    @Nullable CompletableFuture<CachedPage> lead(String address) {
        var mine = new CompletableFuture<CachedPage>();
        return building.putIfAbsent(address, mine) == null ? mine : null;
    }

    /** Waits for the build under way, if any; the page it kept, or null. */
    @Nullable CachedPage await(String address) {
        var running = building.get(address);
        if (running == null) {
            return null;
        }
        try {
            return running.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    /** Ends a build this request led: the page that was kept, or null. */
    void finish(String address, CompletableFuture<CachedPage> build, @Nullable CachedPage kept) {
        building.remove(address, build);
        build.complete(kept);
    }
}
