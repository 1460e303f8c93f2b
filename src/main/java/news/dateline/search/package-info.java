/**
 * Search: full-text search over stories — public search of what readers may see, and newsroom search of every story.
 */
package news.dateline.search;
