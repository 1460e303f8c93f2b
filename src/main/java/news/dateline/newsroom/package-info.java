/**
 * Newsroom: where reporters and editors write, edit and publish — the stories desk, the editor, and desk
 * administration.
 */
@ApplicationModule(allowedDependencies = {
        "accounts",
        "articles",
        "imports",
        "integrations",
        "media",
        "pages",
        "people",
        "platform",
        "search",
        "sections",
        "site :: previews",
        "views",
        "webhooks"
})
@NullMarked
package news.dateline.newsroom;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
