/**
 * The public APIs: the read-only Content API for apps and partners, the Admin API for integrations (wire ingest,
 * data desks), ninjs 3.1 in and out, problem+json errors and the OpenAPI document that describes them all.
 */
@ApplicationModule(displayName = "API", allowedDependencies = {"accounts", "articles", "integrations", "media",
        "pagecache", "pages", "people", "platform", "search", "sections", "imports"})
@NullMarked
package news.dateline.api;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
