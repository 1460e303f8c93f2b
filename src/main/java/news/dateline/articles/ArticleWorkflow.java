package news.dateline.articles;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import news.dateline.articles.internal.ArticleRepository;
import news.dateline.articles.internal.CorrectionRepository;
import news.dateline.articles.internal.StatusRepository;
import news.dateline.platform.ChangeJournal;
import news.dateline.platform.ChangeKind;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editorial workflow: draft → ready for edit → published, with scheduling, embargoes, unpublishing,
 * killing and corrections. It is the one door through which a story's state changes: each move is one conditional
 * UPDATE ({@code StatusRepository}) and one journal entry in the caller's transaction, and each rule of a move is
 * checked here, once. Who may do what is decided by the newsroom; this class keeps the states right.
 */
@Service
public class ArticleWorkflow {

    private static final Set<ArticleStatus> UNRELEASED = EnumSet.of(ArticleStatus.DRAFT, ArticleStatus.READY,
            ArticleStatus.SCHEDULED, ArticleStatus.EMBARGOED, ArticleStatus.UNPUBLISHED);

    private final ArticleRepository articles;
    private final StatusRepository statuses;
    private final CorrectionRepository corrections;
    private final Clock clock;
    private final ChangeJournal journal;
    private final ApplicationEventPublisher events;

    ArticleWorkflow(ArticleRepository articles, StatusRepository statuses, CorrectionRepository corrections, Clock clock,
                    ChangeJournal journal, ApplicationEventPublisher events) {
        this.articles = articles;
        this.statuses = statuses;
        this.corrections = corrections;
        this.clock = clock;
        this.journal = journal;
        this.events = events;
    }

    /** A writer hands the story to the editors. */
    @Transactional
    public Article submit(long id) {
        return move(id, EnumSet.of(ArticleStatus.DRAFT), ArticleStatus.READY, null, "Only a draft can be submitted for editing");
    }

    /** An editor sends a story back to its writer. */
    @Transactional
    public Article returnToDraft(long id) {
        return move(id, EnumSet.of(ArticleStatus.READY, ArticleStatus.SCHEDULED, ArticleStatus.EMBARGOED, ArticleStatus.UNPUBLISHED),
                ArticleStatus.DRAFT, null, "Only an unpublished story can go back to draft");
    }

    /** Publishes now; a story published before (and unpublished since) keeps its first publication time. */
    @Transactional
    public Article publish(long id) {
        return publishAsOf(id, clock.instant());
    }

    /**
     * Publishes with a given first-publication time, for stories carried over from an archive (imports, the demo
     * newspaper), whose date must be kept. A story published before keeps its own first publication time; a time
     * still to come keeps the story from readers until then, as every public query applies it.
     */
    @Transactional
    public Article publishAsOf(long id, Instant firstPublishedAt) {
        if (!statuses.publish(id, UNRELEASED, firstPublishedAt, clock.instant())) {
            throw refused(id, "This story is already published or has been killed");
        }
        journal.record(ChangeKind.ARTICLE, id);
        events.publishEvent(new ArticlePublished(id, clock.instant()));
        return require(id);
    }

    /** Publishes automatically at {@code at}, which must be in the future. */
    @Transactional
    public Article schedule(long id, @Nullable Instant at) {
        requireFuture(at, "Choose a publication time in the future");
        return announce(move(id, EnumSet.of(ArticleStatus.DRAFT, ArticleStatus.READY, ArticleStatus.SCHEDULED,
                ArticleStatus.EMBARGOED, ArticleStatus.UNPUBLISHED), ArticleStatus.SCHEDULED, at,
                "A published or killed story cannot be scheduled"));
    }

    /** Holds a finished story until {@code until}: it is visible nowhere public before then, then goes out. */
    @Transactional
    public Article embargo(long id, @Nullable Instant until) {
        requireFuture(until, "Choose an embargo time in the future");
        return announce(move(id, EnumSet.of(ArticleStatus.DRAFT, ArticleStatus.READY, ArticleStatus.SCHEDULED,
                ArticleStatus.EMBARGOED, ArticleStatus.UNPUBLISHED), ArticleStatus.EMBARGOED, until,
                "A published or killed story cannot be embargoed"));
    }

    @Transactional
    public Article unpublish(long id) {
        Article unpublished = move(id, EnumSet.of(ArticleStatus.PUBLISHED, ArticleStatus.SCHEDULED,
                ArticleStatus.EMBARGOED), ArticleStatus.UNPUBLISHED, null,
                "Only a published, scheduled or embargoed story can be unpublished");
        events.publishEvent(new ArticleUnpublished(id, clock.instant()));
        return unpublished;
    }

    /** Withdraws a story for good (legal or editorial reasons); it can no longer be edited or published. */
    @Transactional
    public Article kill(long id) {
        boolean wasPublic = articles.findById(id).map(a -> a.status() == ArticleStatus.PUBLISHED).orElse(false);
        Article killed = move(id, EnumSet.complementOf(EnumSet.of(ArticleStatus.KILLED)), ArticleStatus.KILLED, null,
                "This story has already been killed");
        events.publishEvent(new ArticleKilled(id, clock.instant(), wasPublic));
        return killed;
    }

    /** Appends a dated correction, clarification or update notice to a published story. */
    @Transactional
    public Article correct(long id, @Nullable CorrectionKind kind, @Nullable String text, Staff by) {
        Article article = require(id);
        if (article.firstPublishedAt() == null || article.status() == ArticleStatus.KILLED) {
            throw new ArticleException("status", "Only a story that has been published can carry a correction");
        }
        if (kind == null || text == null || text.isBlank()) {
            throw new ArticleException("correction", "Choose the kind of notice and write its text");
        }
        if (Correction.TEXT.exceededBy(text.strip())) {
            throw new ArticleException("correction", "Notice: " + Correction.TEXT.message(text.strip()));
        }
        Instant now = clock.instant();
        long correctionId = corrections.insert(id, kind, text.strip(), now, by.name());
        articles.markUpdated(id, now);
        journal.record(ChangeKind.ARTICLE, id);
        events.publishEvent(new ArticleCorrected(id, now, correctionId, kind));
        return require(id);
    }

    public List<Correction> corrections(long id) {
        return corrections.list(id);
    }

    /**
     * Publishes every scheduled or embargoed story whose time has come, each exactly once even with several
     * nodes running, and at its release time even when the application was down then. Returns those released.
     */
    @Transactional
    public List<Long> releaseDue() {
        Instant now = clock.instant();
        List<Long> released = new ArrayList<>();
        for (long id : statuses.due(now)) {
            if (statuses.release(id, now)) {
                journal.record(ChangeKind.ARTICLE, id);
                events.publishEvent(new ArticlePublished(id, now));
                released.add(id);
            }
        }
        return released;
    }

    /** Tells listeners a story now waits for its release time. */
    private Article announce(Article waiting) {
        events.publishEvent(new ArticleScheduled(waiting.id(), clock.instant(), waiting.releaseAt(),
                waiting.status() == ArticleStatus.EMBARGOED));
        return waiting;
    }

    private Article move(long id, Set<ArticleStatus> from, ArticleStatus to, @Nullable Instant releaseAt, String refusal) {
        if (!statuses.move(id, from, to, releaseAt, clock.instant())) {
            throw refused(id, refusal);
        }
        journal.record(ChangeKind.ARTICLE, id);
        return require(id);
    }

    private RuntimeException refused(long id, String message) {
        require(id);
        return new ArticleException("status", message);
    }

    /** The one check of a release time: given (a form may send none, or none that reads as a time) and to come. */
    private void requireFuture(@Nullable Instant at, String message) {
        if (at == null) {
            throw new ArticleException("releaseAt", "Choose a date and time");
        }
        if (!at.isAfter(clock.instant())) {
            throw new ArticleException("releaseAt", message);
        }
    }

    private Article require(long id) {
        return articles.findById(id).orElseThrow(() -> new NoSuchElementException("No story with id " + id));
    }
}
