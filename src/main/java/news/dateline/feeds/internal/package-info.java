/**
 * RSS and Atom writers, sitemaps and robots.txt, and their controllers.
 */
@NullMarked
package news.dateline.feeds.internal;

import org.jspecify.annotations.NullMarked;
