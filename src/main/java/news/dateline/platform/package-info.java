/**
 * Platform: what every feature stands on — site settings, the clock, slugs and the database set-up.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package news.dateline.platform;
