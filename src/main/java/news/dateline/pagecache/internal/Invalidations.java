package news.dateline.pagecache.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import news.dateline.articles.PublishedStories;
import news.dateline.pagecache.PageKeys;
import news.dateline.platform.ChangeKind;
import news.dateline.platform.ChangeSubscriber;
import news.dateline.platform.ContentChanged;
import news.dateline.platform.JournalEntry;
import news.dateline.platform.SiteSettings;
import news.dateline.search.SearchIndexChanged;
import news.dateline.views.MostReadChanged;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Drops cached pages when what they show changes: at once on this node when a change commits; from the change
 * journal for changes made on other nodes (after this node's other followers, such as the section list, have
 * taken them in); when a most-read list
 * reads differently; when a story's publication time arrives; and at midnight, for the date in the masthead.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class Invalidations implements ChangeSubscriber {

    private static final Logger log = LoggerFactory.getLogger(Invalidations.class);

    private final PageStore store;
    private final ChangeKeys keys;
    private final PublishedStories stories;
    private final Clock clock;
    private final ZoneId zone;
    private volatile long cursor = -1;
    private volatile @Nullable Instant nextAppearance;
    private volatile boolean appearanceKnown;
    private Instant checkedUpTo;
    private volatile @Nullable LocalDate today;
    /** Journal entries already applied when their transaction committed here: skipped when the follower brings them. */
    private final Set<Long> appliedHere = java.util.concurrent.ConcurrentHashMap.newKeySet();

    Invalidations(PageStore store, ChangeKeys keys, PublishedStories stories, Clock clock, SiteSettings site) {
        this.store = store;
        this.keys = keys;
        this.stories = stories;
        this.clock = clock;
        this.zone = site.timeZone();
        this.checkedUpTo = clock.instant();
    }

    @Override
    public String name() {
        return "the page cache";
    }

    @Override
    public OptionalLong appliedUpTo() {
        return cursor < 0 ? OptionalLong.empty() : OptionalLong.of(cursor);
    }

    @Override
    public void apply(List<JournalEntry> entries, long safeCursor) {
        entries = entries.stream().filter(e -> !appliedHere.remove(e.seq())).toList();
        if (!entries.isEmpty()) {
            store.invalidate(keys.of(entries));
            if (entries.stream().anyMatch(e -> e.kind() == ChangeKind.ARTICLE)) {
                appearanceKnown = false;
            }
        }
        cursor = safeCursor;
    }

    @Override
    public void rebuild(long cursor) {
        store.clear();
        appearanceKnown = false;
        this.cursor = cursor;
    }

    /** This node's own change, the moment it commits: the next request already sees it. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void committed(ContentChanged change) {
        store.invalidate(keys.of(change.kind(), change.entityId()));
        if (change.seq() > cursor && cursor >= 0) {
            if (appliedHere.size() > 10_000) {
                appliedHere.clear(); // entries the follower passed over in a gap: only a second invalidation is lost
            }
            appliedHere.add(change.seq());
        }
        if (change.kind() == ChangeKind.ARTICLE) {
            appearanceKnown = false;
        }
    }

    /** Search pages read the index, which follows the journal a moment after the change: drop them again. */
    @EventListener
    void searchIndexChanged(SearchIndexChanged change) {
        store.invalidate(Set.of(PageKeys.SEARCH));
    }

    @EventListener
    void mostReadChanged(MostReadChanged change) {
        store.invalidate(Set.of(PageKeys.mostRead(change.sectionId())));
    }

    /** Every second: stories whose publication time has come, and a new day. */
    @Scheduled(fixedDelayString = "${dateline.cache.clock-check:1s}", initialDelayString = "1s")
    void watchTheClock() {
        try {
            Instant now = clock.instant();
            if (!appearanceKnown) {
                appearanceKnown = true;
                nextAppearance = stories.nextAppearanceAfter(checkedUpTo);
            }
            if (nextAppearance != null && !now.isBefore(nextAppearance)) {
                store.invalidate(ChangeKeys.appearances());
                nextAppearance = stories.nextAppearanceAfter(now);
            }
            checkedUpTo = now;
            LocalDate date = now.atZone(zone).toLocalDate();
            if (today != null && !today.equals(date)) {
                store.invalidate(Set.of(PageKeys.TODAY));
            }
            today = date;
        } catch (RuntimeException e) {
            log.warn("Checking the clock for the page cache failed; will try again", e);
        }
    }
}
