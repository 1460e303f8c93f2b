package news.dateline.articles;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import news.dateline.articles.internal.ArticleRepository;
import news.dateline.articles.internal.RevisionRepository;
import news.dateline.articles.internal.StoryAddresses;
import news.dateline.articles.internal.StorySearch;
import news.dateline.platform.ChangeJournal;
import news.dateline.platform.ChangeKind;
import news.dateline.platform.Language;
import news.dateline.platform.SiteSettings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The newsroom's stories in any state: files, saves and finds them. Every save is a revision, and a save that
 * started from an older version is refused instead of overwriting. Moving a story between states (publishing
 * included) is {@link ArticleWorkflow}'s alone; what readers may see is {@link PublishedStories}.
 */
@Service
public class Articles {

    private static final Duration AUTOSAVE_WINDOW = Duration.ofMinutes(10);

    private final ArticleRepository repository;
    private final RevisionRepository revisions;
    private final StoryAddresses addresses;
    private final StorySearch search;
    private final Clock clock;
    private final ChangeJournal journal;
    private final SiteSettings site;
    private final ApplicationEventPublisher events;

    Articles(ArticleRepository repository, RevisionRepository revisions, StoryAddresses addresses, StorySearch search,
             Clock clock, ChangeJournal journal, SiteSettings site, ApplicationEventPublisher events) {
        this.events = events;
        this.repository = repository;
        this.revisions = revisions;
        this.addresses = addresses;
        this.search = search;
        this.clock = clock;
        this.journal = journal;
        this.site = site;
    }

    /** Files a new draft (revision 1). The slug is derived from the headline when blank, made unique with a number. */
    @Transactional
    public Article file(NewArticle filed, Staff by) {
        filed.withinLimits();
        NewArticle story = withLanguage(filed, filed.language().isBlank() ? site.language() : filed.language());
        Instant now = clock.instant();
        String slug = addresses.forNewStory(story.slug(), story.headline(), now);
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
     * Files a draft on behalf of the system with a note on its first revision that the newsroom sees in the story's
     * history (an import saying why a story arrived as a draft).
     */
    @Transactional
    public Article file(NewArticle filed, String note) {
        filed.withinLimits();
        NewArticle story = withLanguage(filed, filed.language().isBlank() ? site.language() : filed.language());
        Instant now = clock.instant();
        String slug = addresses.forNewStory(story.slug(), story.headline(), now);
        long id = repository.insert(story, slug, null, now);
        revisions.append(id, story, slug, Staff.SYSTEM.name(), note == null || note.isBlank() ? "Filed" : note.strip(), now);
        journal.record(ChangeKind.ARTICLE, id);
        return require(id);
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
        String slug = addresses.forSave(current, content.slug());
        Instant now = clock.instant();
        if (!repository.update(id, expectedVersion, content, slug, now, !minor)) {
            throw new EditConflictException(require(id));
        }
        addresses.moved(current, slug);
        if (autosave) {
            revisions.autosave(id, content, slug, by.name(), now, AUTOSAVE_WINDOW);
        } else {
            revisions.append(id, content, slug, by.name(), minor ? "Minor fix" : "Saved", now);
        }
        journal.record(ChangeKind.ARTICLE, id);
        if (current.status() == ArticleStatus.PUBLISHED) {
            events.publishEvent(new ArticleUpdated(id, now, minor));
        }
        return require(id);
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
}
