/**
 * Imports: brings a newsroom's archive in from a WordPress WXR export, a Ghost JSON export or any RSS/Atom feed,
 * as a resumable background job with a report, keeping every old address answering with a redirect.
 */
@ApplicationModule(allowedDependencies = {"accounts", "articles", "people", "sections", "media", "pages", "platform"})
@NullMarked
package news.dateline.imports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
