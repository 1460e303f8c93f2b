package news.dateline.api.ninjs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
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
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A public story as a ninjs 3.1 document (see ADR 0026 for the mapping): headline and standfirst, the body as HTML,
 * bylines, section and tags as subjects, the lead and inline pictures as associations with their renditions and
 * rights, corrections as descriptions. Adds the surrogate keys of what it shows, as the story page does.
 */
@Component
public class NinjsDocuments {

    public static final String SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#";
    private static final int WIDEST = 2048;

    private final StoryStream stream;
    private final Sections sections;
    private final People people;
    private final MediaLibrary media;
    private final InlineImages inline;
    private final SiteSettings settings;
    private final JsonMapper json = JsonMapper.builder().build();

    NinjsDocuments(StoryStream stream, Sections sections, People people, MediaLibrary media, InlineImages inline,
                   SiteSettings settings) {
        this.stream = stream;
        this.sections = sections;
        this.people = people;
        this.media = media;
        this.inline = inline;
        this.settings = settings;
    }

    /** The story's stable ninjs {@code uri}: its Content API address, which never changes when its slug does. */
    public String uri(long storyId) {
        return settings.absolute("/api/v1/stories/" + storyId);
    }

    /** The ninjs document of a story readers may see (the caller checked that), adding its keys to {@code keys}. */
    public ObjectNode document(Article story, PageKeys.Builder keys) {
        Section section = sections.byId(story.sectionId()).orElseThrow();
        keys.story(story.id(), section.id(), story.bylines());
        ObjectNode doc = json.createObjectNode();
        doc.putObject("standard").put("name", "ninjs").put("version", "3.1").put("schema", SCHEMA);
        doc.put("uri", uri(story.id()));
        doc.put("type", "text");
        doc.put("representationType", "full");
        doc.put("version", Integer.toString(story.version()));
        doc.put("firstCreated", story.firstPublishedAt().toString());
        doc.put("versionCreated", lastChange(story).toString());
        doc.put("contentCreated", story.createdAt().toString());
        doc.put("pubStatus", "usable");
        doc.put("language", story.languageOr(settings.language()));
        doc.put("copyrightHolder", settings.name());
        ArrayNode headlines = doc.putArray("headlines");
        headlines.addObject().put("role", "main").put("contentType", "text/plain").put("value", story.headline());
        if (!story.standfirst().isBlank()) {
            headlines.addObject().put("role", "sub").put("contentType", "text/plain").put("value", story.standfirst());
        }
        var figured = story.body().isLoaded() ? inline.figures(story.body().html(), "100vw", WIDEST)
                : new InlineImages.FiguredBody("", List.of());
        String html = absoluteUrls(figured.html());
        doc.putArray("bodies").addObject().put("role", "main").put("contentType", "text/html")
                .put("charCount", text(html).length()).put("wordCount", words(text(html))).put("value", html);
        List<Person> bylines = story.bylines().stream().map(people.byIds(story.bylines())::get)
                .filter(Objects::nonNull).toList();
        if (!bylines.isEmpty()) {
            doc.put("by", byline(bylines));
            ArrayNode credited = doc.putArray("people");
            bylines.forEach(p -> credited.addObject().put("name", p.displayName()).put("rel", "author")
                    .put("uri", settings.absolute(p.path())));
        }
        ArrayNode subjects = doc.putArray("subjects");
        subjects.addObject().put("name", section.name()).put("rel", "section").put("literal", section.slug())
                .put("uri", settings.absolute(section.path()));
        story.tags().forEach(tag -> subjects.addObject().put("name", tag).put("rel", "tag").put("literal", tag));
        List<Correction> notices = stream.corrections(List.of(story.id())).getOrDefault(story.id(), List.of());
        if (!notices.isEmpty()) {
            ArrayNode descriptions = doc.putArray("descriptions");
            notices.forEach(n -> descriptions.addObject().put("role", n.kind().name().toLowerCase(Locale.ROOT))
                    .put("contentType", "text/plain").put("value", n.createdAt() + " " + n.text()));
        }
        doc.putArray("renditions").addObject().put("name", "web").put("title", "The story on the site")
                .put("href", settings.absolute(section.path() + "/" + Slug.encode(story.slug())))
                .put("contentType", "text/html");
        ArrayNode associations = json.createArrayNode();
        Image hero = story.hero() == null ? null : media.findAll(List.of(story.hero().imageId())).get(story.hero().imageId());
        if (hero != null) {
            keys.add(PageKeys.image(hero.id()));
            String caption = story.hero().caption() == null || story.hero().caption().isBlank()
                    ? hero.caption() : story.hero().caption();
            associations.add(picture("hero", "hero", hero, caption, hero.altText()));
        }
        int n = 0;
        for (var placed : figured.images()) {
            keys.add(PageKeys.image(placed.image().id()));
            associations.add(picture("image" + ++n, "inline", placed.image(), placed.caption(), placed.alt()));
        }
        if (!associations.isEmpty()) {
            doc.set("associations", associations);
        }
        return doc;
    }

    private ObjectNode picture(String name, String rel, Image image, @Nullable String caption, @Nullable String alt) {
        ObjectNode picture = json.createObjectNode();
        int widest = image.renditionWidths().isEmpty() ? image.width() : image.renditionWidths().getLast();
        picture.put("name", name).put("rel", rel).put("uri", settings.absolute(image.url(widest, "jpg")))
                .put("type", "picture");
        ArrayNode descriptions = picture.putArray("descriptions");
        if (caption != null && !caption.isBlank()) {
            descriptions.addObject().put("role", "caption").put("value", caption);
        }
        if (alt != null && !alt.isBlank()) {
            descriptions.addObject().put("role", "alt").put("value", alt);
        }
        String credit = image.credit() == null ? "" : image.credit().display();
        if (!credit.isBlank()) {
            descriptions.addObject().put("role", "creditline").put("value", credit);
            picture.put("by", credit);
        }
        if (descriptions.isEmpty()) {
            picture.remove("descriptions");
        }
        if (image.copyrightNotice() != null && !image.copyrightNotice().isBlank()) {
            picture.put("copyrightNotice", image.copyrightNotice());
        }
        if (image.licenseUrl() != null && !image.licenseUrl().isBlank()) {
            picture.putObject("rightsInfo").put("linkedRights", image.licenseUrl());
        }
        ArrayNode renditions = picture.putArray("renditions");
        for (int width : image.renditionWidths()) {
            for (String format : List.of("jpg", "webp")) {
                renditions.addObject().put("name", "w" + width + "-" + format)
                        .put("href", settings.absolute(image.url(width, format)))
                        .put("contentType", format.equals("jpg") ? "image/jpeg" : "image/webp")
                        .put("width", width).put("height", image.heightAt(width));
            }
        }
        return picture;
    }

    /** When the story last changed for readers: its last update or correction, else its first publication. */
    static Instant lastChange(Article story) {
        return story.lastUpdatedAt() != null && story.lastUpdatedAt().isAfter(story.firstPublishedAt())
                ? story.lastUpdatedAt() : story.firstPublishedAt();
    }

    private static String byline(List<Person> bylines) {
        List<String> names = bylines.stream().map(Person::displayName).toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }

    private String absoluteUrls(String html) {
        String base = Matcher.quoteReplacement(settings.baseUrl());
        return html.replaceAll("(src|href|srcset)=\"/(?!/)", "$1=\"" + base + "/")
                .replaceAll(", /(?!/)media/", ", " + base + "/media/");
    }

    private static String text(String html) {
        return html.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
    }

    private static int words(String text) {
        return text.isEmpty() ? 0 : text.split(" ").length;
    }
}
