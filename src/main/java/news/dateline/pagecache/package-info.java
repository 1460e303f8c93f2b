/**
 * Page cache: serves public pages from memory with CDN-ready HTTP caching, and drops (and purges) exactly the pages a
 * change in the journal touches.
 */
@ApplicationModule(displayName = "Page cache", allowedDependencies = {"accounts", "articles", "platform", "search", "views"})
@NullMarked
package news.dateline.pagecache;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
