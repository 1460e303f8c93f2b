/**
 * Feeds: RSS and Atom feeds, sitemaps and robots.txt — the public site's machine-readable channels.
 */
package news.dateline.feeds;
