/**
 * Search: full-text search over stories — public search of what readers may see, and newsroom search of every story.
 */
@ApplicationModule(allowedDependencies = {"articles", "people", "platform", "sections"})
@NullMarked
package news.dateline.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
