package news.dateline.articles;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import news.dateline.articles.internal.ArticleRepository;
import news.dateline.articles.internal.RedirectRepository;
import news.dateline.articles.internal.RevisionRepository;
import news.dateline.articles.internal.Scope;
import news.dateline.articles.internal.StorySearch;
import news.dateline.platform.ChangeJournal;
import news.dateline.platform.ChangeKind;
import news.dateline.platform.Slug;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files, saves and finds stories. Public lookups only ever return what readers may see; every save is a
 * revision, and a save that started from an older version is refused instead of overwriting.
 */
@Service
public class Articles {

    public static final int MAX_PAGE_SIZE = 100;
    private static final java.time.Duration AUTOSAVE_WINDOW = java.time.Duration.ofMinutes(10);

    private final ArticleRepository repository;
    private final RevisionRepository revisions;
    private final RedirectRepository redirects;
    private final StorySearch search;
    private final ArticleWorkflow workflow;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ChangeJournal journal;

    Articles(ArticleRepository repository, RevisionRepository revisions, RedirectRepository redirects,
             StorySearch search, ArticleWorkflow workflow, Clock clock, ApplicationEventPublisher events,
             ChangeJournal journal) {
        this.repository = repository;
        this.revisions = revisions;
        this.redirects = redirects;
        this.search = search;
        this.workflow = workflow;
        this.clock = clock;
        this.events = events;
        this.journal = journal;
    }

    /** Files a new draft (revision 1). The slug is derived from the headline when blank, made unique with a number. */
    @Transactional
    public Article file(NewArticle story, Staff by) {
        String slug = story.slug().isBlank() ? uniqueSlug(Slug.from(story.headline()).value()) : checkedSlug(story.slug(), 0);
        Instant now = clock.instant();
        redirects.release(slug);
        long id = repository.insert(story, slug, by.accountId(), now);
        revisions.append(id, story, slug, by.name(), "Filed", now);
        journal.record(ChangeKind.ARTICLE, id);
        return require(id);
    }

    /** Files a draft on behalf of the system (imports, demo content). */
    @Transactional
    public Article file(NewArticle story) {
        return file(story, Staff.SYSTEM);
    }

    /**
     * Saves new content over {@code expectedVersion}. A minor fix (typo, formatting) does not move the
     * published story's "Updated On" time; any other save of a published story does.
     *
     * @throws EditConflictException when someone else saved since {@code expectedVersion}; nothing is changed
     */
    @Transactional
    public Article save(long id, int expectedVersion, NewArticle content, Staff by, boolean minor) {
        return save(id, expectedVersion, content, by, minor, false);
    }

    /**
     * An autosave while someone types: the same checks as {@link #save}, but consecutive autosaves by one person
     * within ten minutes share one revision.
     */
    @Transactional
    public Article autosave(long id, int expectedVersion, NewArticle content, Staff by) {
        return save(id, expectedVersion, content, by, false, true);
    }

    private Article save(long id, int expectedVersion, NewArticle content, Staff by, boolean minor, boolean autosave) {
        Article current = require(id);
        if (current.status() == ArticleStatus.KILLED) {
            throw new ArticleException("status", "A killed story can no longer be edited");
        }
        String slug = content.slug().isBlank() ? current.slug() : checkedSlug(content.slug(), id);
        Instant now = clock.instant();
        if (!repository.update(id, expectedVersion, content, slug, now, !minor)) {
            throw new EditConflictException(require(id));
        }
        if (!slug.equals(current.slug())) {
            if (current.firstPublishedAt() != null) {
                redirects.moved(id, current.slug(), slug);
            } else {
                redirects.release(slug);
            }
        }
        if (autosave) {
            revisions.autosave(id, content, slug, by.name(), now, AUTOSAVE_WINDOW);
        } else {
            revisions.append(id, content, slug, by.name(), minor ? "Minor fix" : "Saved", now);
        }
        journal.record(ChangeKind.ARTICLE, id);
        events.publishEvent(new ArticleEdited(id, slug, current.slug()));
        return require(id);
    }

    /** Publishes now (a story published before keeps its first publication time). */
    @Transactional
    public Article publish(long id) {
        return workflow.publish(id, clock.instant());
    }

    /** Publishes with a given first-publication time: for stories carried over from an archive, whose date must be kept. */
    @Transactional
    public Article publish(long id, Instant firstPublishedAt) {
        return workflow.publish(id, firstPublishedAt);
    }

    /** Records a substantive update after publication ("Updated On ..."), at the given time. */
    @Transactional
    public void markUpdated(long id, Instant updatedAt) {
        repository.markUpdated(id, updatedAt);
        journal.record(ChangeKind.ARTICLE, id);
    }

    public Optional<Article> byId(long id) {
        return repository.findById(id);
    }

    /** The stories among {@code ids}, in any state (for the newsroom). */
    public List<Article> byIds(Collection<Long> ids) {
        return repository.findByIds(ids);
    }

    /** The stories among {@code ids} that readers may see now: the one visibility rule, for lists kept elsewhere. */
    public List<Article> publicAmong(Collection<Long> ids) {
        return repository.findPublishedAmong(ids, clock.instant());
    }

    /** A story readers may see, by slug. */
    public Optional<Article> findPublished(String slug) {
        return Slug.isValid(slug) ? repository.findPublishedBySlug(slug, clock.instant()) : Optional.empty();
    }

    /** The public story that used to live at {@code oldSlug}, if any (its address moved). */
    public Optional<Article> findMoved(String oldSlug) {
        if (!Slug.isValid(oldSlug)) {
            return Optional.empty();
        }
        return redirects.articleFor(oldSlug).flatMap(repository::findById)
                .flatMap(a -> repository.findPublishedBySlug(a.slug(), clock.instant()));
    }

    public ArticleListing latest(int page, int pageSize) {
        return listing(Scope.everything(), page, pageSize);
    }

    public ArticleListing latestInSection(long sectionId, int page, int pageSize) {
        return listing(Scope.section(sectionId), page, pageSize);
    }

    /**
     * The newest public stories of a section for "more in this section" cards: without counting them all, and
     * without their bodies (see {@link ArticleBody#isLoaded()}).
     */
    public List<Article> newestInSection(long sectionId, int limit) {
        return repository.findPublishedCards(Scope.section(sectionId), clock.instant(), limit);
    }

    public ArticleListing latestBy(long personId, int page, int pageSize) {
        return listing(Scope.byline(personId), page, pageSize);
    }

    /** The newsroom's search over every story in any state. */
    public ArticleListing search(StoryQuery query) {
        return search.find(query);
    }

    /** Every story (any state) that shows the image, as hero or inline. */
    public List<Article> usingImage(long imageId, String storageKey) {
        return repository.findUsingImage(imageId, storageKey);
    }

    /** Every story in any state, in id order, a batch at a time: for rebuilding indexes. */
    public List<Article> everyStoryAfter(long afterId, int limit) {
        return repository.findAfter(afterId, Math.min(Math.max(1, limit), 1000));
    }

    /** How many stories there are, in any state. */
    public long countAll() {
        return repository.countAll();
    }

    public List<Revision> revisions(long id) {
        return revisions.list(id);
    }

    public Optional<Revision> revision(long id, int number) {
        return revisions.find(id, number);
    }

    private ArticleListing listing(Scope scope, int page, int pageSize) {
        if (page < 1 || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("Page must be 1 or more and page size 1 to " + MAX_PAGE_SIZE);
        }
        Instant now = clock.instant();
        long total = repository.countPublished(scope, now);
        long offset = (long) (page - 1) * pageSize;
        var articles = offset >= total ? List.<Article>of() : repository.findPublished(scope, now, pageSize, (int) offset);
        return new ArticleListing(articles, page, pageSize, total);
    }

    private Article require(long id) {
        return repository.findById(id).orElseThrow(() -> new NoSuchElementException("No story with id " + id));
    }

    private String checkedSlug(String slug, long id) {
        if (!Slug.isValid(slug)) {
            throw new ArticleException("slug", "Use lowercase letters, digits and single hyphens in the address");
        }
        if (repository.slugTaken(slug, id)) {
            throw new ArticleException("slug", "Another story already uses the address \"" + slug + "\"");
        }
        return slug;
    }

    private String uniqueSlug(String base) {
        String candidate = base;
        for (int n = 2; repository.slugTaken(candidate, 0); n++) {
            String suffix = "-" + n;
            candidate = (base.length() + suffix.length() > Slug.MAX_LENGTH
                    ? base.substring(0, Slug.MAX_LENGTH - suffix.length()) : base) + suffix;
        }
        return candidate;
    }
}
