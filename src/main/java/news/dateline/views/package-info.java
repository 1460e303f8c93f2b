/**
 * Views: counts people reading each article ("N Views") from a beacon the page sends, and reports most-read lists and
 * view statistics from hourly buckets.
 */
@ApplicationModule(allowedDependencies = {"accounts", "articles", "platform"})
@NullMarked
package news.dateline.views;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
