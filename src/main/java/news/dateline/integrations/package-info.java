/**
 * Integrations: the outside systems an admin lets in — each with its own revocable Content API key or Admin API
 * token (with a newsroom role the server enforces), allowed browser origins and request limits.
 */
@ApplicationModule(allowedDependencies = {"accounts", "platform"})
@NullMarked
package news.dateline.integrations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
