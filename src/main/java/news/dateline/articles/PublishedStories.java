package news.dateline.articles;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import news.dateline.articles.internal.ArticleRepository;
import news.dateline.articles.internal.PublishedStoryRepository;
import news.dateline.articles.internal.RedirectRepository;
import news.dateline.articles.internal.Scope;
import news.dateline.platform.Slug;
import org.springframework.stereotype.Service;

/**
 * What readers may see now, by the one visibility rule: a story by its address (or the address it moved from),
 * lists newest first, and the archive as machine-readable channels (sitemaps, feeds) need it, with when it last
 * changed. Stories read here carry what readers see and no more (see {@link ArticleBody}).
 */
@Service
public class PublishedStories {

    public static final int MAX_PAGE_SIZE = 100;
    private static final int BATCH = 1000;

    private final PublishedStoryRepository repository;
    private final ArticleRepository articles;
    private final RedirectRepository redirects;
    private final Clock clock;

    PublishedStories(PublishedStoryRepository repository, ArticleRepository articles, RedirectRepository redirects,
                     Clock clock) {
        this.repository = repository;
        this.articles = articles;
        this.redirects = redirects;
        this.clock = clock;
    }

    /** The stories among {@code ids} that readers may see now: the one visibility rule, for lists kept elsewhere. */
    public List<Article> publicAmong(Collection<Long> ids) {
        return articles.findPublishedAmong(ids, clock.instant());
    }

    /** A story readers may see, by slug. */
    public Optional<Article> findPublished(String requested) {
        String slug = Slug.normalize(requested);
        return Slug.isValid(slug) ? articles.findPublishedBySlug(slug, clock.instant()) : Optional.empty();
    }

    /** Whether the story readers could once see at {@code slug} was killed: removed for good (a 410, not a 404). */
    public boolean wasKilled(String slug) {
        return Slug.isValid(slug) && articles.killedAfterPublication(slug);
    }

    /** The public story that used to live at {@code oldSlug}, if any (its address moved). */
    public Optional<Article> findMoved(String requested) {
        String oldSlug = Slug.normalize(requested);
        if (!Slug.isValid(oldSlug)) {
            return Optional.empty();
        }
        return redirects.articleFor(oldSlug).flatMap(articles::findById)
                .flatMap(a -> articles.findPublishedBySlug(a.slug(), clock.instant()));
    }

    public ArticleListing latest(int page, int pageSize) {
        return listing(Scope.everything(), page, pageSize);
    }

    public ArticleListing latestInSection(long sectionId, int page, int pageSize) {
        return listing(Scope.section(sectionId), page, pageSize);
    }

    /** A section front's stories: the section's own and those of the sections under it, newest first. */
    public ArticleListing latestUnderSection(long sectionId, int page, int pageSize) {
        return listing(Scope.sectionAndChildren(sectionId), page, pageSize);
    }

    /**
     * The newest public stories of a section for "more in this section" cards: without counting them all, and
     * without their bodies (see {@link ArticleBody#isLoaded()}).
     */
    public List<Article> newestInSection(long sectionId, int limit) {
        return articles.findPublishedCards(Scope.section(sectionId), clock.instant(), limit);
    }

    public ArticleListing latestBy(long personId, int page, int pageSize) {
        return listing(Scope.byline(personId), page, pageSize);
    }

    /** Streams every public story first published in [from, to), oldest first, a batch at a time. */
    public void forEach(Instant from, Instant to, Consumer<PublishedStory> sink) {
        repository.forEach(from, to, clock.instant(), BATCH, sink);
    }

    /** The earliest time {@link #span} and {@link #forEach} accept. */
    public static final Instant BEGINNING = Instant.parse("1800-01-01T00:00:00Z");
    /** The latest time they accept. */
    public static final Instant END = Instant.parse("9000-01-01T00:00:00Z");

    /** How many public stories were first published in [from, to), and when (the whole archive: BEGINNING to END). */
    public ArchiveSpan span(Instant from, Instant to) {
        return repository.span(from, to, clock.instant());
    }

    /** Public stories first published within {@code window} before now, newest first, at most {@code limit}. */
    public List<PublishedStory> publishedWithin(java.time.Duration window, int limit) {
        Instant now = clock.instant();
        return repository.since(now.minus(window), now, limit);
    }

    /** When the whole site's public content last changed (null when nothing was ever published). */
    public Instant lastChange() {
        return repository.lastChange(Scope.everything(), clock.instant());
    }

    public Instant lastChangeInSection(long sectionId) {
        return repository.lastChange(Scope.section(sectionId), clock.instant());
    }

    /**
     * The earliest publication time after {@code after} among published stories, or null: when a story becomes
     * public by the clock alone. Nothing is journalled at that moment, so caches must watch for it.
     */
    public Instant nextAppearanceAfter(Instant after) {
        return repository.nextAppearance(after);
    }

    public Instant lastChangeBy(long personId) {
        return repository.lastChange(Scope.byline(personId), clock.instant());
    }

    private ArticleListing listing(Scope scope, int page, int pageSize) {
        if (page < 1 || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("Page must be 1 or more and page size 1 to " + MAX_PAGE_SIZE);
        }
        Instant now = clock.instant();
        long total = articles.countPublished(scope, now);
        long offset = (long) (page - 1) * pageSize;
        var stories = offset >= total ? List.<Article>of() : articles.findPublished(scope, now, pageSize, (int) offset);
        return new ArticleListing(stories, page, pageSize, total);
    }
}
