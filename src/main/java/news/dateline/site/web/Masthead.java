package news.dateline.site.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The top and foot of every public page.
 *
 * @param siteName  the publication's name
 * @param todayLine the masthead date, e.g. "Thursday, 8 May 2025"; null to leave it out
 * @param nav       the section navigation (top-level sections), in editorial order (empty when it cannot be had)
 * @param year      the current year in the publication's time zone, for the copyright line
 * @param footer    the static pages listed in the footer, each top-level page followed by its children (may be empty)
 */
public record Masthead(String siteName, @Nullable String todayLine, List<NavLink> nav, int year, List<FooterLink> footer) {
}
