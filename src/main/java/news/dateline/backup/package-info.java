/**
 * Backup: {@code backup} writes a consistent copy of a running site (SQLite database snapshot and every media file,
 * with a manifest of counts and checksums) to one tar file; {@code restore} brings it back into an empty data
 * directory. On PostgreSQL the database is backed up with its own tools and this copies the media.
 */
@ApplicationModule(allowedDependencies = {"media", "media :: storage", "platform"})
@NullMarked
package news.dateline.backup;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
