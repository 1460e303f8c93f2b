/**
 * Site: the public news site readers see — home page, section fronts, article pages and person pages.
 */
@ApplicationModule(allowedDependencies = {
        "articles",
        "feeds",
        "media",
        "pagecache",
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
