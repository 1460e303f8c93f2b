/**
 * Platform: what every feature stands on — site settings, the clock, slugs, languages, the change journal, field limits,
 * database set-up and outage detection, the Content-Security-Policy.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package news.dateline.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
