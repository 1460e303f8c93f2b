/**
 * Media storage (filesystem or S3): exposed to the backup module, which copies every stored file.
 */
@NamedInterface("storage")
@NullMarked
package news.dateline.media.storage;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
