package news.dateline.feeds.internal;

import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import news.dateline.articles.PublishedStories;
import news.dateline.articles.PublishedStory;
import news.dateline.pages.StaticPage;
import news.dateline.pages.StaticPages;
import news.dateline.people.People;
import news.dateline.platform.SiteSettings;
import news.dateline.sections.Section;
import news.dateline.sections.Sections;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes the sitemaps (sitemaps.org 0.9): the index, the section fronts, the people with public stories, the
 * monthly article sitemaps (streamed from the database a batch at a time) and the Google News sitemap.
 */
@Component
class Sitemaps {

    static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
    static final Duration NEWS_WINDOW = Duration.ofHours(48);
    static final int NEWS_LIMIT = 1000;

    private final PublishedStories stories;
    private final Sections sections;
    private final People people;
    private final ArchiveMonths months;
    private final FeedDates dates;
    private final SiteSettings settings;
    private final StaticPages staticPages;

    Sitemaps(PublishedStories stories, Sections sections, People people, ArchiveMonths months,
             FeedDates dates, SiteSettings settings, StaticPages staticPages) {
        this.staticPages = staticPages;
        this.stories = stories;
        this.sections = sections;
        this.people = people;
        this.months = months;
        this.dates = dates;
        this.settings = settings;
    }

    void index(OutputStream out) {
        try (XmlOut xml = new XmlOut(out)) {
            xml.open("sitemapindex", "", NS);
            sitemap(xml, "pages.xml", null);
            sitemap(xml, "people.xml", null);
            sitemap(xml, "news.xml", null);
            for (ArchiveMonths.Part part : months.all()) {
                sitemap(xml, part.fileName(), dates.rfc3339(part.lastModified()));
            }
            xml.close("sitemapindex");
        }
    }

    /** The home page, every section front and every published static page (dated by its last change). */
    void pages(OutputStream out) {
        try (XmlOut xml = new XmlOut(out)) {
            xml.open("urlset", "", NS);
            url(xml, settings.absolute("/"), null);
            for (Section section : sections.all()) {
                url(xml, settings.absolute(section.path()), null);
            }
            for (StaticPage page : staticPages.published()) {
                Instant changed = page.updatedAt() != null ? page.updatedAt() : page.firstPublishedAt();
                url(xml, settings.absolute(staticPages.path(page)), changed == null ? null : dates.rfc3339(changed));
            }
            xml.close("urlset");
        }
    }

    /** The pages of the people who have at least one public story. */
    void people(OutputStream out) {
        try (XmlOut xml = new XmlOut(out)) {
            xml.open("urlset", "", NS);
            for (var person : people.all()) {
                if (stories.latestBy(person.id(), 1, 1).total() > 0) {
                    url(xml, settings.absolute(person.path()), null);
                }
            }
            xml.close("urlset");
        }
    }

    /** One month's (part of its) public stories, streamed: never more than one batch in memory. */
    void articles(ArchiveMonths.Part part, OutputStream out) {
        Map<Long, String> sectionPaths = sectionPaths();
        try (XmlOut xml = new XmlOut(out)) {
            xml.open("urlset", "", NS);
            long[] seen = {0};
            stories.forEach(part.from(), part.to(), story -> {
                long index = seen[0]++;
                if (index >= part.skip() && index < part.skip() + ArchiveMonths.URLS_PER_SITEMAP) {
                    url(xml, location(sectionPaths, story), dates.rfc3339(story.lastModified()));
                }
            });
            xml.close("urlset");
        }
    }

    /** The Google News sitemap: stories first published in the last 48 hours, newest first, at most 1,000. */
    void news(OutputStream out) {
        Map<Long, String> sectionPaths = sectionPaths();
        try (XmlOut xml = new XmlOut(out)) {
            xml.open("urlset", "", NS, "news", NEWS_NS);
            for (PublishedStory story : stories.publishedWithin(NEWS_WINDOW, NEWS_LIMIT)) {
                xml.open("url").element("loc", location(sectionPaths, story))
                        .open("news:news")
                        .open("news:publication").element("news:name", settings.name())
                        .element("news:language", newsLanguage(story.languageOr(settings.language()))).close("news:publication")
                        .element("news:publication_date", dates.rfc3339(story.firstPublishedAt()))
                        .element("news:title", story.headline())
                        .close("news:news").close("url");
            }
            xml.close("urlset");
        }
    }

    /** Google News wants an ISO 639 code: "en" for en-GB; Chinese keeps its script ("zh-cn", "zh-tw"). */
    static String newsLanguage(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        String language = locale.getLanguage().isEmpty() ? "en" : locale.getLanguage();
        if (language.equals("zh")) {
            boolean traditional = "Hant".equals(locale.getScript()) || "TW".equals(locale.getCountry())
                    || "HK".equals(locale.getCountry());
            return traditional ? "zh-tw" : "zh-cn";
        }
        return language;
    }

    private Map<Long, String> sectionPaths() {
        return sections.all().stream().collect(Collectors.toMap(Section::id, Section::path, (a, b) -> a));
    }

    private String location(Map<Long, String> sectionPaths, PublishedStory story) {
        return settings.absolute(sectionPaths.get(story.sectionId()) + "/" + news.dateline.platform.Slug.encode(story.slug()));
    }

    private void sitemap(XmlOut xml, String file, @Nullable String lastModified) {
        xml.open("sitemap").element("loc", settings.absolute("/sitemaps/" + file)).element("lastmod", lastModified)
                .close("sitemap");
    }

    private static void url(XmlOut xml, String location, @Nullable String lastModified) {
        xml.open("url").element("loc", location).element("lastmod", lastModified).close("url");
    }
}
