/** The webhooks' outbox, endpoint storage, address guard, signing and sender. */
@NullMarked
package news.dateline.webhooks.internal;

import org.jspecify.annotations.NullMarked;
