/**
 * The platform's set-up: configuration, scheduling, SQLite directory preparation, database timeouts, the journal pump
 * and the byte-rendering template views.
 */
@NullMarked
package news.dateline.platform.internal;

import org.jspecify.annotations.NullMarked;
