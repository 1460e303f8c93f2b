package news.dateline.site.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import news.dateline.feeds.FeedAddresses;
import news.dateline.pagecache.PageKeys;
import news.dateline.pages.StaticPage;
import news.dateline.pages.StaticPages;
import news.dateline.people.Person;
import news.dateline.platform.SiteSettings;
import news.dateline.sections.Section;
import news.dateline.sections.Sections;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Builds the {@link Layout} every public page shares. */
@Component
class PageFrame {

    private final SiteSettings settings;
    private final Sections sections;
    private final DateLines dates;
    private final Assets assets;
    private final Clock clock;
    private final StaticPages pages;

    PageFrame(SiteSettings settings, Sections sections, DateLines dates, Assets assets, Clock clock, StaticPages pages) {
        this.settings = settings;
        this.sections = sections;
        this.pages = pages;
        this.dates = dates;
        this.assets = assets;
        this.clock = clock;
    }

    /**
     * @param title          the page's own title; the site name is appended (the home page passes null)
     * @param path           the canonical path, e.g. {@code /world}
     * @param currentSection the slug of the section being shown, or null
     * @param keys           gets what the frame shows: the navigation (sections at the top, pages at the foot) and
     *                       today's date
     */
    Layout layout(@Nullable String title, @Nullable String description, String path, @Nullable String currentSection,
                  PageKeys.Builder keys) {
        keys.add(PageKeys.SECTIONS).add(PageKeys.TODAY);
        return layout(title, description, path, currentSection);
    }

    /** The frame without keys: for pages that are never cached (errors). */
    private Layout layout(@Nullable String title, @Nullable String description, String path,
                          @Nullable String currentSection) {
        String current = currentSection == null ? null : sections.bySlug(currentSection)
                .map(s -> sections.parentOf(s).orElse(s).slug()).orElse(currentSection);
        var nav = sections.all().stream().filter(Section::isTopLevel)
                .map(s -> new NavLink(s.name(), s.path(), s.slug().equals(current)))
                .toList();
        var listed = pages.footer();
        var top = listed.stream().filter(StaticPage::isTopLevel).collect(Collectors.toMap(StaticPage::id, p -> p));
        var footer = listed.stream().map(p -> new FooterLink(p.title(),
                p.isTopLevel() || !top.containsKey(p.parentId()) ? pages.path(p) : pages.path(top.get(p.parentId()), p),
                !p.isTopLevel())).toList();
        String fullTitle = title == null ? settings.name() : title + " | " + settings.name();
        var head = new HeadTags(title == null ? settings.name() : title, siteFeeds(),
                List.of(HeadTags.MetaTag.name("twitter:card", "summary")), null);
        var masthead = new Masthead(settings.name(), dates.masthead(clock.instant()), nav,
                dates.localDate(clock.instant()).getYear(), footer);
        return new Layout(fullTitle, description == null ? "" : description, settings.absolute(path),
                settings.language(), "index, follow, max-image-preview:large", masthead, assets.links(), head);
    }

    /** The site's own feeds, which every page announces. */
    List<HeadTags.FeedLink> siteFeeds() {
        return feeds(settings.name(), FeedAddresses.siteRss(), FeedAddresses.siteAtom());
    }

    /** The site's feeds and a section's. */
    List<HeadTags.FeedLink> sectionFeeds(Section section) {
        var links = new ArrayList<>(siteFeeds());
        links.addAll(feeds(section.name() + " | " + settings.name(), FeedAddresses.sectionRss(section.slug()),
                FeedAddresses.sectionAtom(section.slug())));
        return links;
    }

    /** The site's feeds and a person's. */
    List<HeadTags.FeedLink> personFeeds(Person person) {
        var links = new ArrayList<>(siteFeeds());
        links.addAll(feeds(person.displayName() + " | " + settings.name(), FeedAddresses.personRss(person.slug()),
                FeedAddresses.personAtom(person.slug())));
        return links;
    }

    private List<HeadTags.FeedLink> feeds(String title, String rss, String atom) {
        return List.of(new HeadTags.FeedLink(title + " (RSS)", FeedAddresses.RSS_TYPE, settings.absolute(rss)),
                new HeadTags.FeedLink(title + " (Atom)", FeedAddresses.ATOM_TYPE, settings.absolute(atom)));
    }

    /** The frame of an error page: not to be indexed. */
    Layout error(String title) {
        return layout(title, "", "/", null).unlisted();
    }

    /** The frame of the "back in a moment" page: the section navigation only when it is at hand without the database. */
    Layout unavailable(String title) {
        try {
            return error(title);
        } catch (RuntimeException e) {
            if (!news.dateline.platform.DatabaseOutage.causedBy(e)) {
                throw e;
            }
            var head = new HeadTags(title, siteFeeds(), List.of(), null);
            var masthead = new Masthead(settings.name(), dates.masthead(clock.instant()), List.of(),
                    dates.localDate(clock.instant()).getYear(), List.of());
            return new Layout(title + " | " + settings.name(), "", settings.absolute("/"), settings.language(), "noindex",
                    masthead, assets.links(), head);
        }
    }

    String siteName() {
        return settings.name();
    }

    String absolute(String path) {
        return settings.absolute(path);
    }
}
