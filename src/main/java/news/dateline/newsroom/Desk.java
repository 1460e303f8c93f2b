package news.dateline.newsroom;

import java.time.Instant;
import java.util.NoSuchElementException;
import news.dateline.accounts.Account;
import news.dateline.accounts.Accounts;
import news.dateline.accounts.NotPermittedException;
import news.dateline.articles.Article;
import news.dateline.articles.ArticleException;
import news.dateline.articles.ArticleStatus;
import news.dateline.articles.ArticleWorkflow;
import news.dateline.articles.Articles;
import news.dateline.articles.CorrectionKind;
import news.dateline.articles.NewArticle;
import news.dateline.articles.Revision;
import news.dateline.articles.Staff;
import news.dateline.articles.StoryQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The newsroom's one door to stories: every action checks, on the server, that the signed-in account's role
 * allows it, whatever the browser sent.
 */
@Service
public class Desk {

    private final Accounts accounts;
    private final Articles articles;
    private final ArticleWorkflow workflow;
    private final StoryReferences references;

    Desk(Accounts accounts, Articles articles, ArticleWorkflow workflow, StoryReferences references) {
        this.accounts = accounts;
        this.articles = articles;
        this.workflow = workflow;
        this.references = references;
    }

    public Account me() {
        return accounts.requireSignedIn();
    }

    public Article open(long id) {
        Article story = find(id);
        if (!EditorialRights.mayOpen(me(), story)) {
            throw new NotPermittedException("This story belongs to someone else");
        }
        return story;
    }

    @Transactional
    public Article file(NewArticle content) {
        Account me = me();
        references.check(content);
        return articles.file(content, staff(me));
    }

    @Transactional
    public Article save(long id, int version, NewArticle content, boolean minor) {
        Account me = me();
        Article story = find(id);
        if (!EditorialRights.mayEdit(me, story)) {
            throw new NotPermittedException(me.role().mayEditOthers() ? "A killed story cannot be edited"
                    : "Only your own drafts can be edited; this one is with the editors");
        }
        references.check(content);
        return articles.save(id, version, content, staff(me), minor);
    }

    /** An autosave while typing; published stories are never autosaved (their saves go live). */
    @Transactional
    public Article autosave(long id, int version, NewArticle content) {
        Account me = me();
        Article story = find(id);
        if (!EditorialRights.mayEdit(me, story)) {
            throw new NotPermittedException("You cannot edit this story");
        }
        if (story.status() == ArticleStatus.PUBLISHED) {
            throw new ArticleException("status", "Published stories are saved only when you press Save");
        }
        references.check(content);
        return articles.autosave(id, version, content, staff(me));
    }

    /** Moves the story through the workflow; {@code at} is the release time of a schedule or embargo (checked there). */
    @Transactional
    public Article act(long id, StoryAction action, @Nullable Instant at) {
        requireMayAct(me(), find(id), action);
        return move(id, action, at);
    }

    private Article move(long id, StoryAction action, @Nullable Instant at) {
        return switch (action) {
            case SUBMIT -> workflow.submit(id);
            case RETURN -> workflow.returnToDraft(id);
            case PUBLISH -> workflow.publish(id);
            case SCHEDULE -> workflow.schedule(id, at);
            case EMBARGO -> workflow.embargo(id, at);
            case UNPUBLISH -> workflow.unpublish(id);
            case KILL -> workflow.kill(id);
        };
    }

    /**
     * "Save and publish" (or any other action): the right to act is checked before anything is saved, and the save
     * and the move are one transaction, so a refused or failed action leaves no revision behind. {@code content} is
     * null when the account may act on the story but not edit it.
     */
    @Transactional
    public Article saveAndAct(long id, int version, @Nullable NewArticle content, boolean minor, StoryAction action,
                              @Nullable Instant at) {
        Account me = me();
        Article story = find(id);
        requireMayAct(me, story, action);
        if (content != null && EditorialRights.mayEdit(me, story)) {
            save(id, version, content, minor);
        }
        return move(id, action, at);
    }

    private static void requireMayAct(Account me, Article story, StoryAction action) {
        if (action == StoryAction.SUBMIT) {
            if (!EditorialRights.maySubmit(me, story)) {
                throw new NotPermittedException("Your role cannot submit this story for editing");
            }
        } else if (!EditorialRights.mayRunWorkflow(me)) {
            throw new NotPermittedException("Only editors can " + action.name().toLowerCase() + " stories");
        }
    }

    @Transactional
    public Article correct(long id, CorrectionKind kind, String text) {
        Account me = me();
        if (!EditorialRights.mayRunWorkflow(me)) {
            throw new NotPermittedException("Only editors can append corrections");
        }
        find(id);
        return workflow.correct(id, kind, text, staff(me));
    }

    /** Restores an old revision as a new save (so the restore itself is in the history). */
    @Transactional
    public Article restore(long id, int number, int version) {
        Revision revision = articles.revision(open(id).id(), number)
                .orElseThrow(() -> new NoSuchElementException("No revision " + number));
        return save(id, version, revision.content(), false);
    }

    public java.util.List<Revision> revisions(long id) {
        return articles.revisions(open(id).id());
    }

    public java.util.Optional<Revision> revision(long id, int number) {
        return articles.revision(open(id).id(), number);
    }

    /** The newsroom home's queues, {@code size} stories each at most; writers see only their own stories. */
    public StoryQueues queues(int size) {
        Account me = me();
        var upcoming = new java.util.ArrayList<>(list(me, ArticleStatus.SCHEDULED, size));
        upcoming.addAll(list(me, ArticleStatus.EMBARGOED, size));
        upcoming.sort(java.util.Comparator.comparing(a -> a.releaseAt() == null ? Instant.MAX : a.releaseAt()));
        return new StoryQueues(articles.search(new StoryQuery("", null, null, ArticleStatus.DRAFT, me.id(), 1, size)).articles(),
                list(me, ArticleStatus.READY, size), upcoming, list(me, ArticleStatus.PUBLISHED, size));
    }

    private java.util.List<Article> list(Account me, ArticleStatus status, int size) {
        Long owner = me.role().mayEditOthers() ? null : me.id();
        return articles.search(new StoryQuery("", null, null, status, owner, 1, size)).articles();
    }

    private Article find(long id) {
        return articles.byId(id).orElseThrow(() -> new NoSuchElementException("No story with id " + id));
    }

    static Staff staff(Account account) {
        return new Staff(account.id(), account.displayName());
    }
}
