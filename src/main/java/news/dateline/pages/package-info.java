/**
 * Static pages: "About us", "Corrections policy", "Contact" — their own kind of content (ADR 0019), one level deep,
 * listed in the site's footer and sitemap, with no byline and no date line.
 */
@ApplicationModule(displayName = "Static pages", allowedDependencies = {"accounts", "articles", "platform"})
@NullMarked
package news.dateline.pages;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
