/**
 * Webhooks: endpoints an admin registers hear of published, updated, corrected, unpublished, killed and scheduled
 * stories and of changed images, sections and people — signed JSON deliveries from a durable outbox, sent once by one
 * node, retried with backoff, logged.
 */
@ApplicationModule(allowedDependencies = {"accounts", "articles", "platform", "sections"})
@NullMarked
package news.dateline.webhooks;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
