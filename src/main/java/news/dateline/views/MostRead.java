package news.dateline.views;

import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.dateline.articles.Article;
import news.dateline.articles.PublishedStories;
import news.dateline.platform.SiteSettings;
import news.dateline.views.internal.MostReadRepository;
import news.dateline.views.internal.MostReadRepository.Ranked;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The most-read stories of the last 24 hours or 7 days, site-wide or in one section, from the hourly
 * buckets. Only stories readers may see now are listed (the articles module's one visibility rule).
 * Lists are computed again at most every {@code dateline.views.most-read-refresh}, in the background; a list that
 * then reads differently is announced with {@link MostReadChanged}, so pages showing it can be built afresh.
 */
@Service
public class MostRead {

    private static final int MAX_ROUNDS = 6;

    private record Key(ViewPeriod period, long sectionId, int limit) {
    }

    private final MostReadRepository repository;
    private final PublishedStories published;
    private final Clock clock;
    private final ZoneId zone;
    private final ApplicationEventPublisher events;
    private final java.util.Set<Long> computedAfresh = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final @Nullable LoadingCache<Key, List<MostReadStory>> lists;

    MostRead(MostReadRepository repository, PublishedStories published, Clock clock, SiteSettings site, ViewSettings settings,
             ApplicationEventPublisher events) {
        this.repository = repository;
        this.published = published;
        this.clock = clock;
        this.zone = site.timeZone();
        this.events = events;
        this.lists = settings.mostReadRefresh().isZero() ? null : Caffeine.newBuilder()
                .refreshAfterWrite(settings.mostReadRefresh())
                .expireAfterWrite(settings.mostReadRefresh().multipliedBy(10))
                .maximumSize(1_000)
                .build(new Refresher());
    }

    /** Computes lists, and announces those that read differently from before (a first load may differ from a page). */
    private final class Refresher implements CacheLoader<Key, List<MostReadStory>> {

        @Override
        public List<MostReadStory> load(Key key) {
            List<MostReadStory> list = compute(key);
            events.publishEvent(new MostReadChanged(key.sectionId()));
            return list;
        }

        @Override
        public List<MostReadStory> reload(Key key, List<MostReadStory> previous) {
            List<MostReadStory> list = compute(key);
            if (!reads(list).equals(reads(previous))) {
                events.publishEvent(new MostReadChanged(key.sectionId()));
            }
            return list;
        }

        private static List<String> reads(List<MostReadStory> list) {
            return list.stream().map(s -> s.article().id() + ":" + s.article().headline() + ":" + s.views()).toList();
        }
    }

    /** The most-read stories across the site. */
    public List<MostReadStory> site(ViewPeriod period, int limit) {
        return list(new Key(period, 0, limit));
    }

    /** The most-read stories in one section. */
    public List<MostReadStory> inSection(long sectionId, ViewPeriod period, int limit) {
        return list(new Key(period, sectionId, limit));
    }

    private List<MostReadStory> list(Key key) {
        if (key.limit() < 1 || key.limit() > 100) {
            throw new IllegalArgumentException("A most-read list has 1 to 100 stories");
        }
        if (lists == null) {
            computedAfresh.add(key.sectionId());
            return compute(key);
        }
        return lists.get(key);
    }

    /**
     * Computes the lists again now and announces those that may read differently: with a refresh interval, each
     * list kept (announced if it changed); with none (lists computed on every call, as in tests), every list
     * shown so far.
     */
    public void refresh() {
        if (lists == null) {
            computedAfresh.forEach(sectionId -> events.publishEvent(new MostReadChanged(sectionId)));
        } else {
            lists.asMap().keySet().forEach(key -> lists.refresh(key).join());
        }
    }

    /** Ranks by views, then keeps the stories readers may see, asking for more candidates until the list is full. */
    private List<MostReadStory> compute(Key key) {
        long firstHour = key.period().firstHour(clock.instant(), zone);
        int candidates = key.limit() * 3 + 10;
        for (int round = 1; ; round++) {
            List<Ranked> ranking = repository.ranking(firstHour, key.sectionId(), candidates);
            Map<Long, Article> visible = published.publicAmong(ranking.stream().map(Ranked::articleId).toList())
                    .stream().collect(Collectors.toMap(Article::id, Function.identity()));
            List<MostReadStory> stories = new ArrayList<>();
            for (Ranked ranked : ranking) {
                Article article = visible.get(ranked.articleId());
                if (article != null && stories.size() < key.limit()) {
                    stories.add(new MostReadStory(article, ranked.views()));
                }
            }
            if (stories.size() == key.limit() || ranking.size() < candidates || round == MAX_ROUNDS) {
                return List.copyOf(stories);
            }
            candidates *= 4;
        }
    }
}
