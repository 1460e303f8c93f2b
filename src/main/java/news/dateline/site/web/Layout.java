package news.dateline.site.web;

import java.util.List;

/**
 * What every public page's frame needs: head metadata, masthead and section navigation.
 *
 * @param title        the document title (already suffixed with the site name where wanted)
 * @param description  meta description, may be empty
 * @param canonicalUrl absolute canonical URL of this page
 * @param siteName     the publication's name, shown in the masthead
 * @param language     BCP 47 language tag for {@code <html lang>}
 * @param todayLine    the masthead date, e.g. "Thursday, 8 May 2025"
 * @param nav          the section navigation, in editorial order
 * @param stylesheet   URL of the one stylesheet (content-versioned)
 * @param script       URL of the one deferred script (content-versioned)
 * @param robots       value of the robots meta tag
 * @param year         the current year in the publication's time zone, for the copyright line
 * @param head         feeds, social card tags and structured data for the head
 */
public record Layout(String title, String description, String canonicalUrl, String siteName, String language,
                     String todayLine, List<NavLink> nav, String stylesheet, String script, String robots,
                     int year, HeadTags head) {

    /** {@code rtl} for a page in a right-to-left language, else {@code ltr}: for {@code <html dir>}. */
    public String dir() {
        return news.dateline.platform.Language.direction(language);
    }

    /** The same frame for a page in another language (a story's). */
    public Layout withLanguage(String tag) {
        return new Layout(title, description, canonicalUrl, siteName, tag, todayLine, nav, stylesheet, script,
                robots, year, head);
    }

    /** The same frame with other head tags. */
    public Layout withHead(HeadTags other) {
        return new Layout(title, description, canonicalUrl, siteName, language, todayLine, nav, stylesheet, script,
                robots, year, other);
    }
}
