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
import news.dateline.articles.internal.StorySearch;
import news.dateline.platform.ChangeJournal;
import news.dateline.platform.ChangeKind;
import news.dateline.platform.Language;
import news.dateline.platform.SiteSettings;
import news.dateline.platform.Slug;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The newsroom's stories in any state: files, saves and finds them. Every save is a revision, and a save that
 * started from an older version is refused instead of overwriting. What readers may see is {@link PublishedStories}.
 */
@Service
public class Articles {

    private static final java.time.Duration AUTOSAVE_WINDOW = java.time.Duration.ofMinutes(10);

    private final ArticleRepository repository;
    private final RevisionRepository revisions;
    private final RedirectRepository redirects;
    private final StorySearch search;
    private final ArticleWorkflow workflow;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ChangeJournal journal;
    private final SiteSettings site;

    Articles(ArticleRepository repository, RevisionRepository revisions, RedirectRepository redirects,
             StorySearch search, ArticleWorkflow workflow, Clock clock, ApplicationEventPublisher events,
             ChangeJournal journal, SiteSettings site) {
        this.site = site;
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
    public Article file(NewArticle filed, Staff by) {
        filed.withinLimits();
        NewArticle story = withLanguage(filed, filed.language().isBlank() ? site.language() : filed.language());
        Instant now = clock.instant();
        String slug = story.slug().isBlank()
                ? uniqueSlug(Slug.derive(story.headline()).map(Slug::value).orElse("story-" + now.atZone(java.time.ZoneOffset.UTC).toLocalDate()))
                : checkedSlug(story.slug(), 0);
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

    private Article save(long id, int expectedVersion, NewArticle typed, Staff by, boolean minor, boolean autosave) {
        typed.withinLimits();
        NewArticle content = typed.language().isBlank() ? typed : withLanguage(typed, typed.language());
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

    private Article require(long id) {
        return repository.findById(id).orElseThrow(() -> new NoSuchElementException("No story with id " + id));
    }

    /** The content with its language checked against the known languages and spelled as they spell it. */
    private NewArticle withLanguage(NewArticle story, String tag) {
        Language language = Language.find(tag, site.language())
                .orElseThrow(() -> new ArticleException("language", "Choose a language from the list"));
        return new NewArticle(story.headline(), story.slug(), story.standfirst(), story.body(), story.sectionId(),
                story.bylines(), story.tags(), story.hero(), story.seoTitle(), story.seoDescription(), language.tag());
    }

    private String checkedSlug(String typed, long id) {
        String slug = Slug.normalize(typed);
        if (!Slug.isValid(slug)) {
            throw new ArticleException("slug", "Use lowercase letters and digits (of any script) and single hyphens in the address, at most "
                    + Slug.MAX_LENGTH + " characters");
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
            candidate = Slug.shortened(base, Slug.MAX_LENGTH - suffix.length()) + suffix;
        }
        return candidate;
    }
}
