package news.dateline.views;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import news.dateline.articles.PublishedStories;
import news.dateline.views.internal.Crawlers;
import news.dateline.views.internal.ViewCounter;
import news.dateline.views.internal.ViewTotalsRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts readers and answers "N Views". A view counts once per reader per article within the dedupe
 * window; bots, HEAD requests, prefetches and prerenders, requests from other sites' pages and (by default)
 * signed-in staff never count.
 */
@Service
public class ArticleViews {

    private final ViewTotalsRepository repository;
    private final ViewCounter counter;
    private final Crawlers crawlers;
    private final ViewSettings settings;
    private final LoadingCache<Long, Boolean> readable;

    ArticleViews(ViewTotalsRepository repository, ViewCounter counter, Crawlers crawlers, ViewSettings settings,
                 PublishedStories published, Clock clock) {
        this.repository = repository;
        this.counter = counter;
        this.crawlers = crawlers;
        this.settings = settings;
        this.readable = Caffeine.newBuilder()
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .expireAfterWrite(Duration.ofSeconds(10))
                .maximumSize(50_000)
                .build(id -> !published.publicAmong(List.of(id)).isEmpty());
    }

    /**
     * Counts the request as a view if it is one. Empty when the article is not one readers may see
     * (unknown, unpublished, embargoed): such requests are refused, not counted.
     */
    public Optional<ViewCount> count(ViewRequest request) {
        if (request.articleId() <= 0 || !readable.get(request.articleId())) {
            return Optional.empty();
        }
        boolean counted = !request.head() && !request.speculative() && !request.fromAnotherSite()
                && (settings.countStaff() || !request.staff())
                && !crawlers.isBot(request.userAgent())
                && counter.offer(request.clientAddress(), request.userAgent(), request.articleId());
        return Optional.of(new ViewCount(counted, total(request.articleId())));
    }

    /** Whether a user agent belongs to a bot or crawler rather than a person's browser. */
    public boolean isBot(@Nullable String userAgent) {
        return crawlers.isBot(userAgent);
    }

    /** The article's views: written ones plus those this node counted in the last interval. */
    public long total(long articleId) {
        return repository.total(articleId) + counter.unwritten(articleId);
    }

    public Map<Long, Long> totals(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> totals = new HashMap<>(repository.totals(articleIds));
        for (Long id : articleIds) {
            long unwritten = counter.unwritten(id);
            if (unwritten > 0) {
                totals.merge(id, unwritten, Long::sum);
            }
        }
        return totals;
    }

    /** Writes the views waiting in memory now (they are written every interval anyway). */
    public int flush() {
        return counter.flush();
    }

    /** Records a total carried over from elsewhere (an import or the demo content). */
    public void importTotal(long articleId, long views) {
        if (views < 0) {
            throw new IllegalArgumentException("A view total cannot be negative");
        }
        repository.setTotal(articleId, views);
    }

    /** Adds views from an archive to the hour of {@code at} and to the total (an import or the demo). */
    @Transactional
    public void importViews(long articleId, Instant at, long views) {
        if (views < 0) {
            throw new IllegalArgumentException("A view count cannot be negative");
        }
        repository.add(articleId, Math.floorDiv(at.toEpochMilli(), 3_600_000L), views);
    }
}
