/**
 * The public site's pages: thin controllers, page builders that compose the module facades, and the page records
 * (made of small named parts) that the JTE templates under {@code site/} render.
 */
@org.jspecify.annotations.NullMarked
package news.dateline.site.web;
