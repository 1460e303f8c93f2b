package news.dateline.pages;

import java.time.Instant;
import news.dateline.articles.ArticleBody;
import org.jspecify.annotations.Nullable;

/**
 * A static page ("About us"): its own kind of content, at {@code /info/<slug>} or {@code /info/<parent>/<slug>}.
 *
 * @param parentId         the top-level page it sits under, or null for a top-level page
 * @param menuOrder        its place in the footer among its siblings (lower comes first)
 * @param body             CommonMark text, as a story's body
 * @param published        whether readers see it (a draft answers 404)
 * @param shownInFooter    whether the footer lists it (when published)
 * @param firstPublishedAt when it was first published, or null
 * @param updatedAt        when it was last changed, or null
 * @param version          for optimistic locking: a save names the version it started from
 */
public record StaticPage(long id, String title, String slug, @Nullable Long parentId, int menuOrder, String body,
                         String seoDescription, boolean published, boolean shownInFooter,
                         @Nullable Instant firstPublishedAt, @Nullable Instant updatedAt, long version) {

    /** The body as sanitized HTML (rendered as a story's body is: no script survives). */
    public String html() {
        return new ArticleBody(body).html();
    }

    public boolean isTopLevel() {
        return parentId == null;
    }
}
