/**
 * Media: the image library — stored originals, responsive renditions, and each image's caption, alt text and credit.
 */
@ApplicationModule(allowedDependencies = {"accounts", "platform"})
@NullMarked
package news.dateline.media;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
