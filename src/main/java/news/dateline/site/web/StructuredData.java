package news.dateline.site.web;

import java.util.List;
import news.dateline.articles.Article;
import news.dateline.articles.Correction;
import news.dateline.media.Image;
import news.dateline.media.InlineImage;
import news.dateline.people.Person;
import news.dateline.platform.SiteSettings;
import news.dateline.sections.Section;
import news.dateline.sections.Sections;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Schema.org JSON-LD for the public pages: {@code NewsArticle} and {@code BreadcrumbList} on articles,
 * {@code ProfilePage} on people's pages, {@code Organization} and {@code WebSite} on the home page. Built as a
 * JSON tree and serialized by Jackson; every {@code <} is written as {@code \u003c} so no value can end the
 * script element it is placed in.
 */
@Component
class StructuredData {

    static final String LOGO = "/assets/logo.png";
    static final int LOGO_SIZE = 512;

    private final JsonMapper json = JsonMapper.builder().build();
    private final SiteSettings settings;
    private final DateLines dates;

    private final Sections sections;

    StructuredData(SiteSettings settings, DateLines dates, Sections sections) {
        this.settings = settings;
        this.dates = dates;
        this.sections = sections;
    }

    /** The story as a NewsArticle, with its breadcrumb trail. */
    String article(Article article, Section section, List<Person> authors, @Nullable Image image, String caption,
                   List<InlineImage> inline, List<Correction> corrections, String url, String description) {
        ObjectNode root = json.createObjectNode().put("@context", "https://schema.org");
        ArrayNode graph = root.putArray("@graph");
        ObjectNode news = graph.addObject().put("@type", "NewsArticle").put("@id", url + "#article");
        news.putObject("mainEntityOfPage").put("@type", "WebPage").put("@id", url);
        news.put("url", url).put("headline", article.headline()).put("description", description)
                .put("inLanguage", article.languageOr(settings.language()))
                .put("datePublished", dates.iso(article.firstPublishedAt()))
                .put("dateModified", dates.iso(modified(article)))
                .put("articleSection", section.name())
                .put("isAccessibleForFree", true);
        if (image != null || !inline.isEmpty()) {
            ArrayNode images = news.putArray("image");
            if (image != null) {
                for (SocialImage crop : SocialImage.crops(image)) {
                    images.add(imageObject(image, crop.url(), crop.width(), crop.height(), caption));
                }
            }
            for (InlineImage placed : inline) {
                int width = placed.widthFor(SocialImage.MIN_WIDTH);
                images.add(imageObject(placed.image(), placed.url(SocialImage.MIN_WIDTH), width, placed.heightAt(width),
                        placed.caption()));
            }
        }
        ArrayNode people = news.putArray("author");
        for (Person person : authors) {
            people.addObject().put("@type", "Person").put("name", person.displayName())
                    .put("url", settings.absolute(person.path()));
        }
        news.set("publisher", organization());
        if (!article.tags().isEmpty()) {
            news.put("keywords", String.join(", ", article.tags()));
        }
        if (!corrections.isEmpty()) {
            ArrayNode notes = news.putArray("correction");
            for (Correction correction : corrections) {
                notes.addObject().put("@type", "CorrectionComment").put("text", correction.text())
                        .put("datePublished", dates.iso(correction.createdAt()));
            }
        }
        ObjectNode crumbs = graph.addObject().put("@type", "BreadcrumbList");
        ArrayNode trail = crumbs.putArray("itemListElement");
        crumb(trail, 1, settings.name(), settings.absolute("/"));
        int position = 2;
        var parent = sections.parentOf(section);
        if (parent.isPresent()) {
            crumb(trail, position++, parent.get().name(), settings.absolute(parent.get().path()));
        }
        crumb(trail, position++, section.name(), settings.absolute(section.path()));
        crumb(trail, position, article.headline(), url);
        return write(root);
    }

    /** A person's page as a ProfilePage about them. */
    String profile(Person person, @Nullable String photoUrl) {
        ObjectNode root = json.createObjectNode().put("@context", "https://schema.org").put("@type", "ProfilePage");
        root.put("url", settings.absolute(person.path()));
        ObjectNode who = root.putObject("mainEntity").put("@type", "Person").put("name", person.displayName())
                .put("url", settings.absolute(person.path()));
        if (person.bio() != null && !person.bio().isBlank()) {
            who.put("description", person.bio());
        }
        if (photoUrl != null) {
            who.put("image", settings.absolute(photoUrl));
        }
        root.putObject("isPartOf").put("@type", "WebSite").put("@id", settings.absolute("/") + "#website");
        return write(root);
    }

    /** The publication and its site search. */
    String home() {
        ObjectNode root = json.createObjectNode().put("@context", "https://schema.org");
        ArrayNode graph = root.putArray("@graph");
        graph.add(organization());
        ObjectNode site = graph.addObject().put("@type", "WebSite").put("@id", settings.absolute("/") + "#website")
                .put("name", settings.name()).put("url", settings.absolute("/")).put("inLanguage", settings.language());
        site.putObject("publisher").put("@id", settings.absolute("/") + "#organization");
        ObjectNode search = site.putObject("potentialAction").put("@type", "SearchAction");
        search.putObject("target").put("@type", "EntryPoint")
                .put("urlTemplate", settings.absolute("/search?q={search_term_string}"));
        search.put("query-input", "required name=search_term_string");
        return write(root);
    }

    private ObjectNode organization() {
        ObjectNode org = json.createObjectNode().put("@type", "Organization")
                .put("@id", settings.absolute("/") + "#organization")
                .put("name", settings.name()).put("url", settings.absolute("/"));
        org.putObject("logo").put("@type", "ImageObject").put("url", settings.absolute(LOGO))
                .put("width", LOGO_SIZE).put("height", LOGO_SIZE);
        return org;
    }

    private ObjectNode imageObject(Image image, String url, int width, int height, String caption) {
        ObjectNode node = json.createObjectNode().put("@type", "ImageObject")
                .put("url", settings.absolute(url)).put("contentUrl", settings.absolute(url))
                .put("width", width).put("height", height);
        putIfKnown(node, "caption", caption);
        var credit = image.credit();
        putIfKnown(node, "creditText", credit.display());
        if (!credit.isEmpty()) {
            boolean photographer = !credit.photographer().isEmpty();
            node.putObject("creator").put("@type", photographer ? "Person" : "Organization")
                    .put("name", photographer ? credit.photographer() : credit.source());
        }
        putIfKnown(node, "copyrightNotice", image.copyrightNotice());
        putIfKnown(node, "license", image.licenseUrl());
        putIfKnown(node, "acquireLicensePage", image.acquireLicenseUrl());
        return node;
    }

    private static void crumb(ArrayNode trail, int position, String name, String url) {
        trail.addObject().put("@type", "ListItem").put("position", position).put("name", name).put("item", url);
    }

    private static void putIfKnown(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value);
        }
    }

    static java.time.Instant modified(Article article) {
        return article.lastUpdatedAt() != null && article.lastUpdatedAt().isAfter(article.firstPublishedAt())
                ? article.lastUpdatedAt() : article.firstPublishedAt();
    }

    private String write(ObjectNode root) {
        return json.writeValueAsString(root).replace("<", "\\u003c");
    }
}
