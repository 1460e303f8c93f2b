/**
 * People: the reporters, editors and contributors whose bylines link to a public page.
 */
@ApplicationModule(allowedDependencies = {"accounts", "media", "platform"})
@NullMarked
package news.dateline.people;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
