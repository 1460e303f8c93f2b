package news.dateline.api.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.dateline.api.content.ContentStory.ContentImage;
import news.dateline.api.content.ContentStory.Notice;
import news.dateline.api.content.ContentStory.PersonLink;
import news.dateline.api.content.ContentStory.Rendition;
import news.dateline.api.content.ContentStory.SectionLink;
import news.dateline.articles.Article;
import news.dateline.articles.Correction;
import news.dateline.articles.StoryStream;
import news.dateline.media.Image;
import news.dateline.media.InlineImages;
import news.dateline.media.MediaLibrary;
import news.dateline.pagecache.PageKeys;
import news.dateline.people.People;
import news.dateline.people.Person;
import news.dateline.platform.SiteSettings;
import news.dateline.platform.Slug;
import news.dateline.sections.Section;
import news.dateline.sections.Sections;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Turns public stories into Content API documents, a page of them at a time: their sections, bylines, lead images
 * and corrections are read once for the whole page, and every story adds its surrogate keys as a page would.
 */
@Component
class StoryDocuments {

    private static final int WIDEST = 2048;

    private final StoryStream stream;
    private final Sections sections;
    private final People people;
    private final MediaLibrary media;
    private final InlineImages inline;
    private final SiteSettings settings;

    StoryDocuments(StoryStream stream, Sections sections, People people, MediaLibrary media, InlineImages inline,
                   SiteSettings settings) {
        this.stream = stream;
        this.sections = sections;
        this.people = people;
        this.media = media;
        this.inline = inline;
        this.settings = settings;
    }

    List<ContentStory> documents(List<Article> stories, PageKeys.Builder keys) {
        if (stories.isEmpty()) {
            return List.of();
        }
        Map<Long, Section> sectionsById = sections.all().stream().collect(Collectors.toMap(Section::id, Function.identity()));
        Map<Long, Person> peopleById = people.byIds(stories.stream().flatMap(a -> a.bylines().stream()).distinct().toList());
        Map<Long, Image> heroes = media.findAll(stories.stream().filter(a -> a.hero() != null)
                .map(a -> a.hero().imageId()).distinct().toList());
        Map<Long, List<Correction>> notices = stream.corrections(stories.stream().map(Article::id).toList());
        List<ContentStory> documents = new ArrayList<>(stories.size());
        for (Article story : stories) {
            Section section = sectionsById.get(story.sectionId());
            if (section == null) {
                continue;
            }
            keys.story(story.id(), section.id(), story.bylines());
            documents.add(document(story, section, peopleById, heroes, notices.getOrDefault(story.id(), List.of()), keys));
        }
        return documents;
    }

    /** The story's address on the site, e.g. {@code /world/some-slug}. */
    String path(Section section, Article story) {
        return section.path() + "/" + Slug.encode(story.slug());
    }

    private ContentStory document(Article story, Section section, Map<Long, Person> peopleById, Map<Long, Image> heroes,
                                  List<Correction> notices, PageKeys.Builder keys) {
        String path = path(section, story);
        Image heroImage = story.hero() == null ? null : heroes.get(story.hero().imageId());
        ContentImage hero = null;
        if (heroImage != null) {
            keys.add(PageKeys.image(heroImage.id()));
            String caption = story.hero().caption() == null || story.hero().caption().isBlank()
                    ? heroImage.caption() : story.hero().caption();
            hero = image(heroImage, caption, heroImage.altText());
        }
        var figured = story.body().isLoaded() ? inline.figures(story.body().html(), "100vw", WIDEST)
                : new InlineImages.FiguredBody("", List.of());
        List<ContentImage> images = new ArrayList<>();
        figured.images().forEach(placed -> {
            keys.add(PageKeys.image(placed.image().id()));
            images.add(image(placed.image(), placed.caption(), placed.alt()));
        });
        List<PersonLink> bylines = story.bylines().stream().map(peopleById::get).filter(Objects::nonNull)
                .map(p -> new PersonLink(p.id(), p.displayName(), settings.absolute(p.path()))).toList();
        return new ContentStory(story.id(), settings.absolute(path), path, story.headline(), story.standfirst(),
                absoluteUrls(figured.html()), story.languageOr(settings.language()),
                new SectionLink(section.id(), section.name(), settings.absolute(section.path())), bylines, story.tags(),
                hero, images, notices.stream().map(n -> new Notice(n.kind().name().toLowerCase(java.util.Locale.ROOT),
                        n.text(), instant(n.createdAt()))).toList(),
                instant(story.firstPublishedAt()), story.lastUpdatedAt() == null ? null : instant(story.lastUpdatedAt()),
                instant(story.modifiedAt()));
    }

    private ContentImage image(Image image, String caption, String alt) {
        List<Rendition> renditions = image.renditionWidths().stream().map(w -> new Rendition(w,
                settings.absolute(image.url(w, "jpg")), settings.absolute(image.url(w, "webp")))).toList();
        return new ContentImage(image.id(), caption == null ? "" : caption, alt == null ? "" : alt,
                image.credit() == null ? "" : image.credit().display(), nonNull(image.copyrightNotice()),
                nonNull(image.licenseUrl()), image.width(), image.height(), renditions);
    }

    /** Body HTML whose site-relative links and image addresses ({@code /media/...}) are absolute URLs. */
    String absoluteUrls(@Nullable String html) {
        if (html == null) {
            return "";
        }
        String base = settings.baseUrl();
        return html.replaceAll("(src|href|srcset)=\"/(?!/)", "$1=\"" + java.util.regex.Matcher.quoteReplacement(base) + "/")
                .replaceAll(", /(?!/)media/", ", " + java.util.regex.Matcher.quoteReplacement(base) + "/media/");
    }

    static String instant(Instant at) {
        return at.toString();
    }

    private static String nonNull(@Nullable String text) {
        return text == null ? "" : text;
    }
}
