/**
 * Site: the public news site readers see — home page, section fronts, article pages and person pages.
 */
package news.dateline.site;
