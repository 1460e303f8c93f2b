package news.dateline.pagecache;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a page shows, as surrogate keys: the articles, sections, people and images on it and the lists it draws from.
 * A public page returned with its keys ({@link KeyedPage}) may be cached (in memory and by a CDN); a change drops
 * every page carrying a key it touches. An immutable value; a page builder collects one with a {@link Builder} it
 * passes to the parts of the page. The static methods name the keys.
 */
public final class PageKeys {

    /** Any list of the latest stories across the site: home page, the site's feeds, sitemaps. */
    public static final String STORIES = "stories";
    /** Search result pages. */
    public static final String SEARCH = "search";
    /**
     * The navigation every page carries: the sections at the top and the static pages listed in the footer (a change
     * to either drops every page; see ADR 0019).
     */
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

    public static String article(long id) {
        return "article-" + id;
    }

    public static String section(long id) {
        return "section-" + id;
    }

    public static String person(long id) {
        return "person-" + id;
    }

    /** A static page ({@code /info/...}). */
    public static String page(long id) {
        return "page-" + id;
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

    /** No keys: a page that may not be cached. */
    public static final PageKeys NONE = new PageKeys(Set.of());

    private final Set<String> names;

    private PageKeys(Set<String> names) {
        this.names = names;
    }

    /** These keys, in the order given. */
    public static PageKeys of(String... names) {
        return new PageKeys(Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(names))));
    }

    /** Keys collected while a page is built, handed from the page builder to the parts that add to them. */
    public static Builder builder() {
        return new Builder();
    }

    /** The keys, in the order they were named (unmodifiable). */
    public Set<String> names() {
        return names;
    }

    public boolean isEmpty() {
        return names.isEmpty();
    }

    /** These keys and one more. */
    public PageKeys with(String name) {
        return names.contains(name) ? this : plus(of(name));
    }

    /** These keys and {@code others}. */
    public PageKeys plus(PageKeys others) {
        if (others.names.isEmpty()) {
            return this;
        }
        Set<String> both = new LinkedHashSet<>(names);
        both.addAll(others.names);
        return new PageKeys(Collections.unmodifiableSet(both));
    }

    /** This page with these keys: what a page builder returns. */
    public <P> KeyedPage<P> on(P page) {
        return new KeyedPage<>(page, this);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PageKeys keys && keys.names.equals(names);
    }

    @Override
    public int hashCode() {
        return names.hashCode();
    }

    @Override
    public String toString() {
        return String.join(" ", names);
    }

    /**
     * The keys of one page while it is built: the page builder makes one, passes it to every part that shows
     * something (story cards, most-read lists, the frame), and ends with {@link #page}. Used by one thread; spent once
     * built.
     */
    public static final class Builder {

        private final Set<String> names = new LinkedHashSet<>();
        private boolean built;

        private Builder() {
        }

        /** The page shows what {@code name} names. */
        public Builder add(String name) {
            if (built) {
                throw new IllegalStateException("These page keys were already handed over");
            }
            names.add(name);
            return this;
        }

        /** The page shows a story: its own key, its section's and its bylines'. */
        public Builder story(long id, long sectionId, Collection<Long> bylines) {
            add(article(id));
            add(section(sectionId));
            bylines.forEach(person -> add(person(person)));
            return this;
        }

        /** The page lists a section's stories (by the clock, any such list may gain a story). */
        public Builder sectionStories(long sectionId) {
            return add(PageKeys.sectionStories(sectionId)).add(SECTION_STORIES);
        }

        /** The page lists a person's stories. */
        public Builder personStories(long personId) {
            return add(PageKeys.personStories(personId)).add(PERSON_STORIES);
        }

        /** The keys named so far; the builder is spent. */
        public PageKeys build() {
            built = true;
            return names.isEmpty() ? NONE : new PageKeys(Collections.unmodifiableSet(names));
        }

        /** The page and the keys named for it. */
        public <P> KeyedPage<P> page(P page) {
            return new KeyedPage<>(page, build());
        }
    }
}
