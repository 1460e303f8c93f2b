package news.dateline.site.web;

import java.time.Clock;
import news.dateline.platform.SiteSettings;
import news.dateline.sections.Sections;
import org.springframework.stereotype.Component;

/** Builds the {@link Layout} every public page shares. */
@Component
class PageFrame {

    private final SiteSettings settings;
    private final Sections sections;
    private final DateLines dates;
    private final Assets assets;
    private final Clock clock;

    PageFrame(SiteSettings settings, Sections sections, DateLines dates, Assets assets, Clock clock) {
        this.settings = settings;
        this.sections = sections;
        this.dates = dates;
        this.assets = assets;
        this.clock = clock;
    }

    /**
     * @param title          the page's own title; the site name is appended (the home page passes null)
     * @param path           the canonical path, e.g. {@code /world}
     * @param currentSection the slug of the section being shown, or null
     */
    Layout layout(String title, String description, String path, String currentSection) {
        var nav = sections.all().stream()
                .map(s -> new NavLink(s.name(), s.path(), s.slug().equals(currentSection)))
                .toList();
        String fullTitle = title == null ? settings.name() : title + " | " + settings.name();
        return new Layout(fullTitle, description == null ? "" : description, settings.absolute(path), settings.name(),
                settings.language(), dates.masthead(clock.instant()), nav, assets.stylesheet(), assets.script(),
                "index, follow, max-image-preview:large", dates.localDate(clock.instant()).getYear());
    }

    /** The frame of an error page: not to be indexed. */
    Layout error(String title) {
        Layout base = layout(title, "", "/", null);
        return new Layout(base.title(), "", base.canonicalUrl(), base.siteName(), base.language(), base.todayLine(),
                base.nav(), base.stylesheet(), base.script(), "noindex", base.year());
    }

    String siteName() {
        return settings.name();
    }

    String absolute(String path) {
        return settings.absolute(path);
    }
}
