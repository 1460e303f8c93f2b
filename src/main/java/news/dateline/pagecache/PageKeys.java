package news.dateline.pagecache;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What the page being built shows, as surrogate keys: the articles, sections, people and images on it and the lists
 * it draws from. A public page that names its keys may be cached (in memory and by a CDN); a change drops every
 * page carrying a key it touches. Builders call these while building the page, on the request's thread; outside
 * a request they do nothing.
 */
public final class PageKeys {

    /** The request attribute that holds the keys; its presence marks the response as cacheable. */
    public static final String ATTRIBUTE = PageKeys.class.getName();

    /** Any list of the latest stories across the site: home page, the site's feeds, sitemaps. */
    public static final String STORIES = "stories";
    /** Search result pages. */
    public static final String SEARCH = "search";
    /** The section navigation every page carries. */
    public static final String SECTIONS = "sections";
    /** Lists of every person (the people sitemap). */
    public static final String PEOPLE = "people";
    /** Every section's story lists (dropped when a story may have left a section this node cannot name). */
    public static final String SECTION_STORIES = "section-stories";
    /** Every person's story lists. */
    public static final String PERSON_STORIES = "person-stories";
    /** Pages that show today's date (the masthead, the footer's year). */
    public static final String TODAY = "today";
    /** Any byline (a page naming too many people for a CDN header carries this instead). */
    public static final String BYLINES = "bylines";
    /** Any image (a page naming too many images for a CDN header carries this instead). */
    public static final String IMAGES = "images";
    /** Pages that only depend on the site's settings (robots.txt, OpenSearch description). */
    public static final String SITE = "site";

    private PageKeys() {
    }

    public static String article(long id) {
        return "article-" + id;
    }

    public static String section(long id) {
        return "section-" + id;
    }

    public static String person(long id) {
        return "person-" + id;
    }

    public static String image(long id) {
        return "image-" + id;
    }

    /** The stories listed in one section (its front, its feeds, "more in" lists). */
    public static String sectionStories(long sectionId) {
        return "section-stories-" + sectionId;
    }

    /** The stories listed under one person (their page and feeds). */
    public static String personStories(long personId) {
        return "person-stories-" + personId;
    }

    /** A most-read list: site-wide ({@code sectionId} 0) or one section's. */
    public static String mostRead(long sectionId) {
        return sectionId == 0 ? "most-read" : "most-read-" + sectionId;
    }

    /** Notes that the page being built shows what {@code key} names. */
    public static void add(String key) {
        Set<String> keys = current();
        if (keys != null) {
            keys.add(key);
        }
    }

    public static void addAll(Collection<String> keys) {
        Set<String> current = current();
        if (current != null) {
            current.addAll(keys);
        }
    }

    /** The page being built shows a story: its own key, its section's and its bylines'. */
    public static void story(long id, long sectionId, Collection<Long> bylines) {
        Set<String> keys = current();
        if (keys != null) {
            keys.add(article(id));
            keys.add(section(sectionId));
            bylines.forEach(p -> keys.add(person(p)));
        }
    }

    /** The page lists a section's stories (by the clock, any such list may gain a story). */
    public static void addSectionStories(long sectionId) {
        add(sectionStories(sectionId));
        add(SECTION_STORIES);
    }

    /** The page lists a person's stories. */
    public static void addPersonStories(long personId) {
        add(personStories(personId));
        add(PERSON_STORIES);
    }

    @SuppressWarnings("unchecked")
    private static Set<String> current() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return null;
        }
        Object keys = request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (keys == null) {
            keys = new LinkedHashSet<String>();
            request.setAttribute(ATTRIBUTE, keys, RequestAttributes.SCOPE_REQUEST);
        }
        return (Set<String>) keys;
    }
}
