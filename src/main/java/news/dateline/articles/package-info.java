/**
 * Articles: stories — headline, standfirst, body, section, bylines, hero image — and their publication.
 */
@ApplicationModule(allowedDependencies = {"media", "platform"})
@NullMarked
package news.dateline.articles;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
