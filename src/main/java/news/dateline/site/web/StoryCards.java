package news.dateline.site.web;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.dateline.articles.Article;
import news.dateline.media.Crop;
import news.dateline.media.Image;
import news.dateline.media.MediaLibrary;
import news.dateline.pagecache.PageKeys;
import news.dateline.people.People;
import news.dateline.people.Person;
import news.dateline.sections.Section;
import news.dateline.sections.Sections;
import org.springframework.stereotype.Component;

/** Turns stories into cards, looking up sections, people and images in one batch per kind. */
@Component
class StoryCards {

    static final String CARD_SIZES = "(min-width: 1100px) 340px, (min-width: 700px) 45vw, 100vw";
    static final String LEAD_SIZES = "(min-width: 1100px) 720px, 100vw";

    private final Sections sections;
    private final People people;
    private final MediaLibrary media;
    private final DateLines dates;

    StoryCards(Sections sections, People people, MediaLibrary media, DateLines dates) {
        this.sections = sections;
        this.people = people;
        this.media = media;
        this.dates = dates;
    }

    /** Cards for these stories; {@code keys} gets what they show. */
    List<StoryCard> cards(List<Article> articles, PageKeys.Builder keys) {
        return build(articles, CARD_SIZES, 1024, keys);
    }

    StoryCard lead(Article article, PageKeys.Builder keys) {
        return build(List.of(article), LEAD_SIZES, 1600, keys).get(0);
    }

    static String path(Section section, Article article) {
        return section.path() + "/" + news.dateline.platform.Slug.encode(article.slug());
    }

    /** A card thumbnail: the 16:9 crop around the focal point, so every card has the same shape. */
    static ImageView thumbnail(Image image, String sizes, int maxWidth) {
        var widths = image.cropWidths(Crop.WIDE);
        int src = widths.stream().filter(w -> w >= 480).findFirst().orElse(widths.get(widths.size() - 1));
        int width = image.cropWidth(Crop.WIDE);
        int height = (int) Math.round(width / Crop.WIDE.ratio());
        return new ImageView(image.cropUrl(Crop.WIDE, src, "jpg"), image.cropSrcset(Crop.WIDE, maxWidth, "jpg"),
                image.cropSrcset(Crop.WIDE, maxWidth, "webp"), sizes, width, height, image.altText());
    }

    static ImageView view(Image image, String sizes, int maxWidth, int fallbackWidth) {
        int src = image.widthFor(fallbackWidth);
        return new ImageView(image.url(src), image.srcset(maxWidth), image.srcset(maxWidth, "webp"), sizes, image.width(),
                image.height(), image.altText());
    }

    static List<BylineLink> bylines(List<Long> ids, Map<Long, Person> byId) {
        return ids.stream().map(byId::get).filter(Objects::nonNull)
                .map(p -> new BylineLink(p.displayName(), p.path())).toList();
    }

    private List<StoryCard> build(List<Article> articles, String sizes, int maxWidth, PageKeys.Builder keys) {
        Map<Long, Section> sectionsById = sections.all().stream().collect(Collectors.toMap(Section::id, Function.identity()));
        Map<Long, Person> peopleById = people.byIds(ids(articles.stream().flatMap(a -> a.bylines().stream()).toList()));
        Map<Long, Image> images = media.findAll(ids(articles.stream()
                .filter(a -> a.hero() != null).map(a -> a.hero().imageId()).toList()));
        return articles.stream().map(a -> {
            Section section = sectionsById.get(a.sectionId());
            Image image = a.hero() == null ? null : images.get(a.hero().imageId());
            keys.story(a.id(), a.sectionId(), a.bylines());
            if (image != null) {
                keys.add(PageKeys.image(image.id()));
            }
            return new StoryCard(a.headline(), path(section, a), section.name(), section.path(), a.standfirst(),
                    image == null ? null : thumbnail(image, sizes, maxWidth),
                    dates.iso(a.firstPublishedAt()), dates.shortDate(a.firstPublishedAt()),
                    bylines(a.bylines(), peopleById));
        }).toList();
    }

    private static List<Long> ids(Collection<Long> ids) {
        return ids.stream().distinct().toList();
    }
}
