package news.dateline.feeds.internal;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.dateline.articles.Article;
import news.dateline.articles.ArticleListing;
import news.dateline.articles.Excerpt;
import news.dateline.articles.PublishedStories;
import news.dateline.feeds.FeedAddresses;
import news.dateline.media.Crop;
import news.dateline.media.Image;
import news.dateline.media.InlineImages;
import news.dateline.media.MediaLibrary;
import news.dateline.pagecache.KeyedPage;
import news.dateline.pagecache.PageKeys;
import news.dateline.people.People;
import news.dateline.people.Person;
import news.dateline.platform.SiteSettings;
import news.dateline.sections.Section;
import news.dateline.sections.Sections;
import org.jsoup.Jsoup;
import org.springframework.stereotype.Component;

/** Builds the site's, a section's and a person's feed from the latest public stories. */
@Component
class Feeds {

    static final int SIZE = 20;
    static final int IMAGE_WIDTH = 1200;
    /** Feed readers show the body in a column of their own: offer renditions up to this width. */
    static final int BODY_IMAGE_WIDTH = 1600;
    static final String BODY_IMAGE_SIZES = "(min-width: 46rem) 42.5rem, 100vw";

    private final PublishedStories published;
    private final Sections sections;
    private final People people;
    private final MediaLibrary media;
    private final SiteSettings settings;
    private final InlineImages inline;

    Feeds(PublishedStories published, Sections sections, People people, MediaLibrary media,
          SiteSettings settings, InlineImages inline) {
        this.published = published;
        this.sections = sections;
        this.people = people;
        this.media = media;
        this.settings = settings;
        this.inline = inline;
    }

    /** A feed and when what it shows last changed (null when never). */
    record Edition(Feed feed, Instant lastChange) {
    }

    KeyedPage<Edition> site() {
        var keys = PageKeys.builder().add(PageKeys.STORIES);
        return keys.page(new Edition(feed(settings.name(), "The latest news from " + settings.name() + ".", "/",
                FeedAddresses.siteRss(), FeedAddresses.siteAtom(), published.latest(1, SIZE), keys), published.lastChange()));
    }

    Optional<KeyedPage<Edition>> section(String slug) {
        return sections.bySlug(slug).map(s -> {
            var keys = PageKeys.builder().add(PageKeys.section(s.id())).sectionStories(s.id());
            return keys.page(new Edition(feed(s.name() + " | " + settings.name(),
                    "The latest " + s.name() + " news from " + settings.name() + ".", s.path(),
                    FeedAddresses.sectionRss(s.slug()), FeedAddresses.sectionAtom(s.slug()),
                    published.latestInSection(s.id(), 1, SIZE), keys), published.lastChangeInSection(s.id())));
        });
    }

    Optional<KeyedPage<Edition>> person(String slug) {
        return people.bySlug(slug).map(p -> {
            var keys = PageKeys.builder().add(PageKeys.person(p.id())).personStories(p.id());
            return keys.page(new Edition(feed(p.displayName() + " | " + settings.name(),
                    "The latest stories by " + p.displayName() + " for " + settings.name() + ".", p.path(),
                    FeedAddresses.personRss(p.slug()), FeedAddresses.personAtom(p.slug()),
                    published.latestBy(p.id(), 1, SIZE), keys), published.lastChangeBy(p.id())));
        });
    }

    /** The permanent id of a story in every feed: from its id and first publication date, never its slug. */
    String guid(Article article) {
        String day = article.firstPublishedAt().atZone(ZoneOffset.UTC).toLocalDate().toString();
        return "tag:" + authority() + "," + day + ":article:" + article.id();
    }

    private Feed feed(String title, String description, String path, String rss, String atom,
                      ArticleListing listing, PageKeys.Builder keys) {
        List<Article> stories = listing.articles();
        Map<Long, Section> sectionsById = sections.all().stream().collect(Collectors.toMap(Section::id, Function.identity()));
        Map<Long, Person> peopleById = people.byIds(distinct(stories.stream().flatMap(a -> a.bylines().stream()).toList()));
        Map<Long, Image> images = media.findAll(distinct(stories.stream().filter(a -> a.hero() != null)
                .map(a -> a.hero().imageId()).toList()));
        List<FeedItem> items = stories.stream().map(a -> item(a, sectionsById.get(a.sectionId()), peopleById,
                a.hero() == null ? null : images.get(a.hero().imageId()), keys)).toList();
        Instant updated = items.stream().map(FeedItem::updated).max(Instant::compareTo).orElse(null);
        return new Feed(settings.absolute(atom), title, description, settings.absolute(path),
                settings.absolute(rss), settings.absolute(atom), settings.language(), settings.name(),
                settings.absolute("/assets/logo.png"), updated, items);
    }

    private FeedItem item(Article a, Section section, Map<Long, Person> peopleById, Image image,
                          PageKeys.Builder keys) {
        keys.story(a.id(), a.sectionId(), a.bylines());
        if (image != null) {
            keys.add(PageKeys.image(image.id()));
        }
        String url = settings.absolute(section.path() + "/" + news.dateline.platform.Slug.encode(a.slug()));
        var authors = a.bylines().stream().map(peopleById::get).filter(Objects::nonNull)
                .map(p -> new FeedItem.Author(p.displayName(), settings.absolute(p.path()))).toList();
        Instant updated = a.lastUpdatedAt() != null && a.lastUpdatedAt().isAfter(a.firstPublishedAt())
                ? a.lastUpdatedAt() : a.firstPublishedAt();
        var body = inline.figures(a.body().htmlWithoutScript(), BODY_IMAGE_SIZES, BODY_IMAGE_WIDTH);
        body.images().forEach(placed -> keys.add(PageKeys.image(placed.image().id())));
        return new FeedItem(guid(a), a.headline(), url, Excerpt.of(a), absolute(body.html(), url),
                a.firstPublishedAt(), updated, authors, section.name(), image == null ? null : image(a, image),
                a.languageOr(settings.language()));
    }

    private FeedItem.Image image(Article a, Image image) {
        List<Integer> widths = image.cropWidths(Crop.WIDE);
        int width = widths.stream().filter(w -> w >= IMAGE_WIDTH).findFirst().orElse(widths.get(widths.size() - 1));
        int height = (int) Math.round(width / Crop.WIDE.ratio());
        String caption = a.hero().caption() != null ? a.hero().caption() : image.caption();
        return new FeedItem.Image(settings.absolute(image.cropUrl(Crop.WIDE, width, "jpg")), width, height,
                caption == null ? "" : caption, image.credit().display());
    }

    /** The body with every link and image address made absolute, as feed readers need. */
    private static String absolute(String html, String base) {
        var doc = Jsoup.parseBodyFragment(html, base);
        doc.select("[href]").forEach(e -> e.attr("href", e.absUrl("href")));
        doc.select("[src]").forEach(e -> e.attr("src", e.absUrl("src")));
        doc.select("[srcset]").forEach(e -> e.attr("srcset", absoluteSrcset(e.attr("srcset"), base)));
        doc.outputSettings().prettyPrint(false);
        return doc.body().html();
    }

    private static String absoluteSrcset(String srcset, String base) {
        URI baseUri = URI.create(base);
        return java.util.Arrays.stream(srcset.split(","))
                .map(String::strip).filter(s -> !s.isEmpty())
                .map(candidate -> {
                    String[] parts = candidate.split("\\s+", 2);
                    String url;
                    try {
                        url = baseUri.resolve(parts[0]).toString();
                    } catch (IllegalArgumentException e) {
                        url = parts[0];
                    }
                    return parts.length == 2 ? url + " " + parts[1] : url;
                })
                .collect(Collectors.joining(", "));
    }

    private String authority() {
        String host = URI.create(settings.baseUrl()).getHost();
        return host == null ? "localhost" : host;
    }

    private static List<Long> distinct(Collection<Long> ids) {
        return ids.stream().distinct().toList();
    }
}
