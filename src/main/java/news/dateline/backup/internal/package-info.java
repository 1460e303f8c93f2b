/**
 * The tar format the backup and restore commands write and read.
 */
@NullMarked
package news.dateline.backup.internal;

import org.jspecify.annotations.NullMarked;
