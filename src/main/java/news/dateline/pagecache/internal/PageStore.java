package news.dateline.pagecache.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The pages kept in memory, by address, and which pages carry each surrogate key. Invalidating a key drops every
 * page carrying it. A page built while one of its own keys was invalidated is not kept: it may show what was just
 * changed as it was before (see {@link #generation()}). Changes to other things do not stop it being kept, so a
 * busy newsroom does not make every page under construction a throw-away.
 */
@Component
class PageStore {

    /** How many recent invalidations are remembered: enough to judge any page built in the last moments. */
    private static final int HISTORY = 512;

    /** One invalidation: the generation it made and the keys it dropped (null: everything). */
    private record Dropped(long generation, @Nullable Set<String> keys) {
    }

    private final Cache<String, CachedPage> pages;
    private final Map<String, Set<String>> pagesByKey = new HashMap<>();
    private final ArrayDeque<Dropped> history = new ArrayDeque<>(); // oldest first
    private volatile long generation;

    PageStore(PageCacheSettings settings) {
        this.pages = Caffeine.newBuilder()
                .maximumWeight(settings.maxSize().toBytes())
                .weigher((String address, CachedPage page) -> page.weight())
                .expireAfterWrite(settings.timeToLive())
                .removalListener((String address, CachedPage page, RemovalCause cause) -> {
                    if (page != null && cause != RemovalCause.REPLACED) {
                        unindex(address, page);
                    }
                })
                .build();
    }

    @Nullable CachedPage get(String address) {
        return pages.getIfPresent(address);
    }

    /** Changes every time something is invalidated; read it before building a page and pass it to {@link #put}. */
    long generation() {
        return generation;
    }

    /** Keeps the page unless one of its keys was invalidated since {@code builtInGeneration}; returns whether it was kept. */
    synchronized boolean put(String address, CachedPage page, long builtInGeneration) {
        if (droppedSince(builtInGeneration, page.keys())) {
            return false;
        }
        CachedPage previous = pages.asMap().put(address, page);
        if (previous != null) {
            unindex(address, previous);
        }
        for (String key : page.keys()) {
            pagesByKey.computeIfAbsent(key, k -> new HashSet<>()).add(address);
        }
        return true;
    }

    /** Drops every page carrying any of these keys; returns how many were dropped. */
    int invalidate(Collection<String> keys) {
        Set<String> addresses = new HashSet<>();
        synchronized (this) {
            remember(Set.copyOf(keys));
            for (String key : keys) {
                Set<String> carrying = pagesByKey.remove(key);
                if (carrying != null) {
                    addresses.addAll(carrying);
                }
            }
            addresses.forEach(pages.asMap()::remove);
        }
        return addresses.size();
    }

    /** Drops every page. */
    synchronized void clear() {
        remember(null);
        pages.invalidateAll();
        pagesByKey.clear();
    }

    /** Grows the weight of a page that gained a compressed form (Caffeine weighs again on replace). */
    void reweigh(String address, CachedPage page) {
        pages.asMap().replace(address, page, page);
    }

    long size() {
        pages.cleanUp();
        return pages.estimatedSize();
    }

    private void remember(@Nullable Set<String> keys) {
        generation++;
        history.addLast(new Dropped(generation, keys));
        if (history.size() > HISTORY) {
            history.removeFirst();
        }
    }

    /** Whether any of these keys was invalidated after {@code since}; true when the history does not reach back. */
    private boolean droppedSince(long since, Set<String> keys) {
        if (since == generation) {
            return false;
        }
        Dropped oldest = history.peekFirst();
        if (oldest == null || oldest.generation() > since + 1) {
            return true;
        }
        for (var it = history.descendingIterator(); it.hasNext(); ) {
            Dropped dropped = it.next();
            if (dropped.generation() <= since) {
                break;
            }
            if (dropped.keys() == null || !Collections.disjoint(dropped.keys(), keys)) {
                return true;
            }
        }
        return false;
    }

    private synchronized void unindex(String address, CachedPage page) {
        CachedPage current = pages.asMap().get(address);
        for (String key : page.keys()) {
            if (current != null && current.keys().contains(key)) {
                continue;
            }
            Set<String> carrying = pagesByKey.get(key);
            if (carrying != null) {
                carrying.remove(address);
                if (carrying.isEmpty()) {
                    pagesByKey.remove(key);
                }
            }
        }
    }
}
