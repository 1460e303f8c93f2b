package news.dateline.articles;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import news.dateline.articles.internal.PublishedStoryRepository;
import news.dateline.articles.internal.Scope;
import org.springframework.stereotype.Service;

/**
 * The public archive as machine-readable channels (sitemaps, feeds) need it: what readers may see now, by the
 * same visibility rule as every public page, and when it last changed.
 */
@Service
public class PublishedStories {

    private static final int BATCH = 1000;

    private final PublishedStoryRepository repository;
    private final Clock clock;

    PublishedStories(PublishedStoryRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
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
}
