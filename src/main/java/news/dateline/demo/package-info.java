/**
 * Demo: loads a small, complete newspaper (sections, people, images and stories) into an empty database.
 */
@ApplicationModule(allowedDependencies = {"accounts", "articles", "media", "people", "sections", "views"})
@NullMarked
package news.dateline.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
