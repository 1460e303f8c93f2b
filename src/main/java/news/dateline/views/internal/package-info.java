/**
 * Counting readers, storing hourly view buckets and reading most-read lists and statistics.
 */
@NullMarked
package news.dateline.views.internal;

import org.jspecify.annotations.NullMarked;
