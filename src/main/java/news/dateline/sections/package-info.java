/**
 * Sections: the desks a publication's stories belong to (World, Politics, ...), in editorial order.
 */
@ApplicationModule(allowedDependencies = {"accounts", "platform"})
@NullMarked
package news.dateline.sections;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
