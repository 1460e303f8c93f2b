package news.dateline.articles;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.dateline.articles.internal.StoryStreamRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Public stories for the Content API, read by the one visibility rule: filtered lists paged by a keyset (a story
 * published while a reader pages never shifts the pages after the first), a story by id, its corrections and the
 * tags in use, each a page of stories at a time with no query per story.
 */
@Service
public class StoryStream {

    public static final int MAX_PAGE_SIZE = 100;

    /**
     * Which stories a list covers; null parts do not filter.
     *
     * @param sectionId    the section's stories and those of the sections under it
     * @param updatedSince only stories whose last change for readers (publication, update, correction) is after it
     */
    public record Filter(@Nullable Long sectionId, @Nullable Long personId, @Nullable String tag,
                         @Nullable Instant updatedSince) {

        public static final Filter NONE = new Filter(null, null, null, null);
    }

    /** Where a page starts: after the story first published at {@code publishedAt} with id {@code id}. */
    public record Position(Instant publishedAt, long id) {
    }

    /** A tag in use and how many public stories carry it. */
    public record TagCount(String tag, long stories) {
    }

    /** What readers get for a story id. */
    public enum Availability { PUBLIC, GONE, NONE }

    private final StoryStreamRepository repository;
    private final Clock clock;

    StoryStream(StoryStreamRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * Public stories newest first (by first publication, then id), after {@code after} when given: at most
     * {@code limit}, which may be one more than a page to tell whether another page follows.
     */
    public List<Article> page(Filter filter, @Nullable Position after, int limit) {
        if (limit < 1 || limit > MAX_PAGE_SIZE + 1) {
            throw new IllegalArgumentException("A page holds 1 to " + MAX_PAGE_SIZE + " stories");
        }
        return repository.page(filter, after, limit, clock.instant());
    }

    /** A public story by id. */
    public Optional<Article> byId(long id) {
        return repository.publicById(id, clock.instant());
    }

    /** Whether readers may see story {@code id}, or it was withdrawn for good after publication (killed). */
    public Availability availability(long id) {
        return repository.availability(id, clock.instant());
    }

    /** The corrections and updates of each of {@code ids}, oldest first (stories without any are left out). */
    public Map<Long, List<Correction>> corrections(List<Long> ids) {
        return repository.corrections(ids);
    }

    /** The tags of public stories, most used first, at most {@code limit}. */
    public List<TagCount> tags(int limit) {
        return repository.tags(clock.instant(), limit);
    }
}
