package news.dateline.platform.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import news.dateline.platform.ChangeJournal;
import news.dateline.platform.ChangeSubscriber;
import news.dateline.platform.JournalEntry;
import news.dateline.platform.JournalFollower;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * This node's follower of the change journal: on its own thread, every poll interval, hands each
 * {@link ChangeSubscriber} the entries after its cursor. A subscriber without usable state, or whose cursor the
 * journal no longer covers (pruned, or a different database), is first rebuilt from the database.
 */
@Component
class JournalPump implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JournalPump.class);

    private final ChangeJournal journal;
    private final ObjectProvider<ChangeSubscriber> subscribers;
    private final JournalSettings settings;
    private final Clock clock;
    private final List<Follow> follows = new ArrayList<>();
    private @Nullable ScheduledExecutorService executor;

    JournalPump(ChangeJournal journal, ObjectProvider<ChangeSubscriber> subscribers, JournalSettings settings, Clock clock) {
        this.journal = journal;
        this.subscribers = subscribers;
        this.settings = settings;
        this.clock = clock;
    }

    /** One subscriber and its follower (null until it has started). */
    private static final class Follow {
        final ChangeSubscriber subscriber;
        @Nullable JournalFollower follower;

        Follow(ChangeSubscriber subscriber) {
            this.subscriber = subscriber;
        }
    }

    @Override
    public synchronized void start() {
        if (!settings.follow() || executor != null) {
            return;
        }
        subscribers.orderedStream().forEach(s -> follows.add(new Follow(s)));
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "journal-follower");
            thread.setDaemon(true);
            return thread;
        });
        long interval = settings.pollInterval().toMillis();
        executor.scheduleWithFixedDelay(this::pollAll, 0, interval, TimeUnit.MILLISECONDS);
        executor.scheduleWithFixedDelay(this::prune, 1, 60, TimeUnit.MINUTES);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
            follows.clear();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    /** Start after the web server and everything else; stop first. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }

    private void pollAll() {
        for (Follow follow : follows) {
            try {
                poll(follow);
            } catch (RuntimeException e) {
                log.warn("Following the change journal for {} failed; retrying", follow.subscriber.name(), e);
                follow.follower = null;
            }
        }
    }

    private void poll(Follow follow) {
        if (follow.follower == null) {
            follow.follower = new JournalFollower(journal, startingCursor(follow.subscriber), clock, settings.gapTimeout());
        }
        JournalFollower follower = follow.follower;
        long before = follower.safeCursor();
        List<JournalEntry> entries = follower.poll(settings.batchSize());
        if (!entries.isEmpty() || follower.safeCursor() != before) {
            follow.subscriber.apply(entries, follower.safeCursor());
        }
    }

    private long startingCursor(ChangeSubscriber subscriber) {
        OptionalLong applied = subscriber.appliedUpTo();
        long oldest = journal.oldestSeq();
        long latest = journal.latestSeq();
        boolean covered = applied.isPresent() && applied.getAsLong() <= latest
                && (oldest == 0 || applied.getAsLong() >= oldest - 1);
        if (covered) {
            return applied.getAsLong();
        }
        long cursor = journal.settledBefore(clock.instant().minus(settings.gapTimeout()));
        if (applied.isPresent()) {
            log.info("Rebuilding {} from the database: its cursor {} is outside the journal's {}..{}",
                    subscriber.name(), applied.getAsLong(), oldest, latest);
        } else {
            log.info("Building {} from the database (this node has none that is usable)", subscriber.name());
        }
        subscriber.rebuild(cursor);
        return cursor;
    }

    private void prune() {
        try {
            int pruned = journal.prune(clock.instant().minus(settings.retention()));
            if (pruned > 0) {
                log.info("Pruned {} change journal entries older than {}", pruned, settings.retention());
            }
        } catch (RuntimeException e) {
            log.warn("Could not prune the change journal", e);
        }
    }
}
