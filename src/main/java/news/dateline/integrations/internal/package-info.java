/** The integrations table, how secrets are made and hashed, and the short-lived memory of live keys. */
@NullMarked
package news.dateline.integrations.internal;

import org.jspecify.annotations.NullMarked;
