/**
 * Feeds: RSS and Atom feeds, sitemaps and robots.txt — the public site's machine-readable channels.
 */
@ApplicationModule(allowedDependencies = {"articles", "media", "pagecache", "pages", "people", "platform", "sections"})
@NullMarked
package news.dateline.feeds;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
