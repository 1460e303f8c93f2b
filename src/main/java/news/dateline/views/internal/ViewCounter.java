package news.dateline.views.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import news.dateline.views.ViewSettings;
import news.dateline.views.internal.ViewStore.PendingView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gathers views in memory and writes them in one transaction per interval (at most a second). A
 * reader already counted for an article on this node is dropped at once; the database decides for
 * readers seen on other nodes. One address (an IPv6 /64) adds at most {@code readersPerAddress} readers
 * to an article per window on this node, however often it changes its user agent. Stopping the application writes whatever is waiting; a crash loses at
 * most one interval. A failed write keeps the views for the next attempt.
 */
@Component
public class ViewCounter implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ViewCounter.class);
    /** Waiting views kept while the database is unreachable; beyond this the oldest are given up. */
    private static final int MAX_WAITING = 2_000_000;
    private static final int PRUNE_EVERY = 60;

    private final ViewStore store;
    private final Readers readers;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final long windowMillis;
    private final long intervalMillis;
    private final Cache<String, Boolean> recent;
    /** Readers counted per address (network) and article within the window, to cap what one address can add. */
    private final Cache<String, AtomicInteger> perAddress;
    private final int readersPerAddress;
    private final ConcurrentLinkedQueue<PendingView> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicInteger waitingCount = new AtomicInteger();
    private final Map<Long, LongAdder> unwritten = new ConcurrentHashMap<>();
    private final Object flushing = new Object();
    private ScheduledExecutorService timer;
    private int flushes;
    private volatile boolean running;

    ViewCounter(ViewStore store, Readers readers, TransactionTemplate transactions, Clock clock, ViewSettings settings) {
        this.store = store;
        this.readers = readers;
        this.transactions = transactions;
        this.clock = clock;
        this.windowMillis = settings.dedupeWindow().toMillis();
        this.intervalMillis = settings.flushInterval().toMillis();
        this.recent = Caffeine.newBuilder()
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .expireAfterWrite(settings.dedupeWindow())
                .maximumSize(500_000)
                .build();
        this.readersPerAddress = settings.readersPerAddress();
        this.perAddress = Caffeine.newBuilder()
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .expireAfterWrite(settings.dedupeWindow())
                .maximumSize(200_000)
                .build();
    }

    /** Counts a view by this reader unless this node already counted them for the article within the window. */
    public boolean offer(String clientAddress, String userAgent, long articleId) {
        Instant now = clock.instant();
        String reader = readers.reader(clientAddress, userAgent, now);
        if (recent.asMap().putIfAbsent(reader + ':' + articleId, Boolean.TRUE) != null) {
            return false;
        }
        if (readersPerAddress > 0 && perAddress.get(readers.origin(clientAddress, now) + ':' + articleId,
                origin -> new AtomicInteger()).incrementAndGet() > readersPerAddress) {
            return false; // one address changing its user agent cannot add more readers than this
        }
        waiting.add(new PendingView(reader, articleId, now.toEpochMilli()));
        if (waitingCount.incrementAndGet() > MAX_WAITING && waiting.poll() != null) {
            waitingCount.decrementAndGet();
        }
        unwritten.computeIfAbsent(articleId, id -> new LongAdder()).increment();
        return true;
    }

    /** Views counted on this node and not yet written. */
    public long unwritten(long articleId) {
        LongAdder adder = unwritten.get(articleId);
        return adder == null ? 0 : adder.sum();
    }

    /** Writes what is waiting now; returns the number of new views written. */
    public int flush() {
        synchronized (flushing) {
            List<PendingView> batch = new ArrayList<>();
            for (PendingView view; (view = waiting.poll()) != null; ) {
                batch.add(view);
            }
            waitingCount.addAndGet(-batch.size());
            if (batch.isEmpty()) {
                return 0;
            }
            try {
                Integer written = transactions.execute(status -> store.write(batch, windowMillis));
                for (PendingView view : batch) {
                    unwritten.computeIfPresent(view.articleId(), (id, adder) -> {
                        adder.decrement();
                        return adder.sum() <= 0 ? null : adder;
                    });
                }
                return written == null ? 0 : written;
            } catch (RuntimeException e) {
                LOG.warn("Could not write {} views; keeping them for the next attempt: {}", batch.size(), e.toString());
                waiting.addAll(batch);
                waitingCount.addAndGet(batch.size());
                return 0;
            }
        }
    }

    private void tick() {
        flush();
        if (++flushes % PRUNE_EVERY == 0) {
            try {
                Instant now = clock.instant();
                store.forgetReaders(now.toEpochMilli() - windowMillis);
                readers.forgetOldSalts(now);
            } catch (RuntimeException e) {
                LOG.warn("Could not forget expired readers: {}", e.toString());
            }
        }
    }

    @Override
    public void start() {
        timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("view-counter").daemon().factory());
        timer.scheduleWithFixedDelay(this::tick, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
        running = true;
    }

    /** Stops after the web server (which stops first) and writes everything still waiting. */
    @Override
    public void stop() {
        running = false;
        timer.shutdown();
        try {
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int written = flush();
        LOG.info("View counter stopped; wrote {} waiting views", written);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return 0;
    }
}
