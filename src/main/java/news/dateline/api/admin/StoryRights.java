package news.dateline.api.admin;

import news.dateline.accounts.Role;
import news.dateline.articles.ArticleStatus;

/**
 * Who may do what to a story, for a token: the newsroom's rules ({@code newsroom.EditorialRights}) for a person of
 * the token's role, where "its own" means filed with this integration. Kept equal to them by {@code StoryRightsTest}.
 */
final class StoryRights {

    private StoryRights() {
    }

    static boolean mayOpen(Role role, boolean owns) {
        return role.mayEditOthers() || owns;
    }

    static boolean mayEdit(Role role, boolean owns, ArticleStatus status) {
        if (status == ArticleStatus.KILLED) {
            return false;
        }
        return role.mayEditOthers() || (owns && status == ArticleStatus.DRAFT);
    }

    static boolean maySubmit(Role role, boolean owns, ArticleStatus status) {
        return status == ArticleStatus.DRAFT && role.maySubmit() && (owns || role.mayEditOthers());
    }

    static boolean mayRunWorkflow(Role role) {
        return role.mayPublish();
    }
}
