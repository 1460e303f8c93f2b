/**
 * The page cache's implementation: the Tomcat valve and servlet filter, the in-memory store, HTTP cache answers,
 * invalidation and CDN purges.
 */
@NullMarked
package news.dateline.pagecache.internal;

import org.jspecify.annotations.NullMarked;
