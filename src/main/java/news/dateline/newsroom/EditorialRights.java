package news.dateline.newsroom;

import java.util.Objects;
import news.dateline.accounts.Account;
import news.dateline.articles.Article;
import news.dateline.articles.ArticleStatus;

/**
 * Who may do what to a story. Writers (contributors and reporters) work on their own drafts; reporters also
 * submit them for editing; editors and admins edit every story and run the workflow.
 */
public final class EditorialRights {

    private EditorialRights() {
    }

    public static boolean mayOpen(Account who, Article story) {
        return who.role().mayEditOthers() || owns(who, story);
    }

    public static boolean mayEdit(Account who, Article story) {
        if (story.status() == ArticleStatus.KILLED) {
            return false;
        }
        return who.role().mayEditOthers() || (owns(who, story) && story.status() == ArticleStatus.DRAFT);
    }

    public static boolean maySubmit(Account who, Article story) {
        return story.status() == ArticleStatus.DRAFT && who.role().maySubmit() && (owns(who, story) || who.role().mayEditOthers());
    }

    public static boolean mayRunWorkflow(Account who) {
        return who.role().mayPublish();
    }

    private static boolean owns(Account who, Article story) {
        return Objects.equals(story.ownerAccountId(), who.id());
    }
}
