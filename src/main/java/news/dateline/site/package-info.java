/**
 * Site: the public news site readers see — home page, section fronts, article and person pages, search — and the
 * newsroom's preview of a story as readers will see it ({@link news.dateline.site.ArticlePreviews}, the named
 * interface {@code previews}, the only part of this module another module may use).
 */
@org.jspecify.annotations.NullMarked
package news.dateline.site;
