/**
 * Page cache: serves public pages from memory with CDN-ready HTTP caching, and drops (and purges) exactly the pages
 * a change in the journal touches.
 */
package news.dateline.pagecache;
