/**
 * Site: the public news site readers see — home page, section fronts, article and person pages, search — and the
 * newsroom's preview of a story as readers will see it ({@link news.dateline.site.ArticlePreviews}, the named
 * interface {@code previews}, the only part of this module another module may use).
 */
@ApplicationModule(allowedDependencies = {
        "articles",
        "feeds",
        "imports",
        "media",
        "pagecache",
        "pages",
        "people",
        "platform",
        "search",
        "sections",
        "views"
})
@NullMarked
package news.dateline.site;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
