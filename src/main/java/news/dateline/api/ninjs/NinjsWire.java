package news.dateline.api.ninjs;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import news.dateline.api.ApiProblem;
import news.dateline.api.ninjs.WireStory.Byline;
import news.dateline.api.ninjs.WireStory.Picture;
import news.dateline.api.ninjs.WireStory.Rendition;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an agency's ninjs 3.x document (3.0 or 3.1) into a {@link WireStory}: bounded (size, nesting, string
 * length, counts), no network fetches. ninjs 1.x/2.x (lower-case names such as {@code versioncreated}, associations
 * as an object) and JSON that is not ninjs are refused with a 400 {@link ApiProblem} saying why.
 */
public final class NinjsWire {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_DEPTH = 32;
    static final int MAX_STRING = 1024 * 1024;
    static final int MAX_ASSOCIATIONS = 50;
    static final int MAX_RENDITIONS = 50;
    static final int MAX_TAGS = 50;

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                            .maxStringLength(MAX_STRING).maxNumberLength(30).maxNameLength(200).build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private static final Set<String> OLD_NAMES = Set.of("versioncreated", "firstcreated", "pubstatus", "embargoed",
            "contentcreated", "copyrightholder", "copyrightnotice", "usageterms", "ednote", "body_text", "body_html",
            "headline", "description_text");
    private static final Pattern BY_PREFIX = Pattern.compile("^(?i)(by|von|av|af|par|por|di|door)\\s+");
    private static final Pattern BY_SEPARATORS = Pattern.compile("\\s*(?:,|;|&|\\s(?:and|und|og|och|et|y|e|en)\\s)\\s*");

    private static final Pattern BODY = Pattern.compile("(?is)<body[^>]*>(.*?)(?:</body>|$)");

    private NinjsWire() {
    }

    /** Reads raw bytes as sent; refuses more than {@link #MAX_BYTES}. */
    public static WireStory read(byte[] document) {
        if (document.length > MAX_BYTES) {
            throw ApiProblem.tooLarge("A ninjs document may be at most " + MAX_BYTES / 1024 + " KiB");
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(document);
        } catch (JacksonException e) {
            throw refused("it is not valid JSON within the limits (" + firstLine(e.getOriginalMessage()) + ")");
        }
        return read(tree);
    }

    /** Reads a parsed document (the caller is responsible for having parsed it within limits). */
    public static WireStory read(JsonNode document) {
        if (document == null || !document.isObject()) {
            throw refused("a ninjs document is a JSON object");
        }
        checkVersion(document);
        String uri = text(document, "uri");
        if (uri.isBlank()) {
            throw refused("it has no \"uri\", the one property ninjs requires");
        }
        String type = text(document, "type").isBlank() ? "text" : text(document, "type");
        String headline = headline(document);
        if (headline.isBlank()) {
            throw refused("it has no headline (\"headlines\" with role \"main\", or \"title\")");
        }
        List<Picture> pictures = new ArrayList<>();
        if (type.equals("picture") || type.equals("graphic")) {
            pictures.add(picture(document));
        }
        JsonNode associations = document.path("associations");
        int count = 0;
        for (JsonNode association : associations) {
            if (++count > MAX_ASSOCIATIONS) {
                throw refused("it has more than " + MAX_ASSOCIATIONS + " associations");
            }
            String kind = text(association, "type");
            if (association.isObject() && (kind.equals("picture") || kind.equals("graphic"))) {
                pictures.add(picture(association));
            }
        }
        boolean picture = type.equals("picture") || type.equals("graphic");
        return new WireStory(uri, text(document, "version"), type, headline,
                picture ? "" : standfirst(document), picture ? "" : body(document), text(document, "language"),
                bylines(document), tags(document), instant(document, "versionCreated"),
                instant(document, "embargoedUntil"), urgency(document), status(document), pictures,
                text(document, "edNote"));
    }

    private static void checkVersion(JsonNode document) {
        JsonNode standard = document.path("standard");
        if (standard.isObject()) {
            String name = text(standard, "name");
            String version = text(standard, "version");
            if (!name.isBlank() && !name.equalsIgnoreCase("ninjs")) {
                throw refused("its standard is \"" + clip(name) + "\", not ninjs");
            }
            if (!version.isBlank() && !version.startsWith("3.")) {
                throw refused("it is ninjs " + clip(version) + "; Dateline reads ninjs 3.0 and 3.1");
            }
        }
        String schema = text(document, "$schema");
        if (schema.matches(".*ninjs-schema_[12][._].*")) {
            throw refused("it names a ninjs 1.x/2.x schema; Dateline reads ninjs 3.0 and 3.1");
        }
        for (String name : OLD_NAMES) {
            if (document.has(name)) {
                throw refused("it uses \"" + name + "\" from ninjs 1.x/2.x; Dateline reads ninjs 3.0 and 3.1");
            }
        }
        if (document.path("associations").isObject()) {
            throw refused("its \"associations\" is an object (ninjs 1.x/2.x); in ninjs 3 it is an array");
        }
        if (!document.has("headlines") && !document.has("bodies") && !document.has("renditions")
                && !document.has("title")) {
            throw refused("it has none of \"headlines\", \"bodies\", \"renditions\": not a ninjs 3 document");
        }
    }

    private static String headline(JsonNode item) {
        String main = byRole(item.path("headlines"), Set.of("main", ""));
        if (main.isBlank()) {
            main = first(item.path("headlines"));
        }
        return main.isBlank() ? text(item, "title").strip() : main.strip();
    }

    private static String standfirst(JsonNode item) {
        String sub = byRole(item.path("headlines"), Set.of("sub", "subheadline", "subtitle", "standfirst"));
        if (!sub.isBlank()) {
            return sub.strip();
        }
        return byRole(item.path("descriptions"), Set.of("summary", "abstract", "lead", "standfirst", "text")).strip();
    }

    private static String body(JsonNode item) {
        String plain = "";
        for (JsonNode body : item.path("bodies")) {
            String type = text(body, "contentType").toLowerCase(Locale.ROOT);
            String value = text(body, "value");
            if (type.contains("html") || (type.isBlank() && text(body, "role").equalsIgnoreCase("html"))) {
                return inner(value);
            }
            if (plain.isBlank()) {
                plain = value;
            }
        }
        if (plain.strip().startsWith("<") && plain.contains("</p>")) {
            return inner(plain);
        }
        StringBuilder html = new StringBuilder();
        for (String line : plain.split("\\R")) {
            if (!line.isBlank()) {
                html.append("<p>").append(HtmlUtils.htmlEscape(line.strip())).append("</p>\n");
            }
        }
        return html.toString().strip();
    }

    /** The content of a whole HTML document's body (some agencies send one), else the markup as sent. */
    private static String inner(String html) {
        java.util.regex.Matcher body = BODY.matcher(html);
        return (body.find() ? body.group(1) : html).strip();
    }

    private static List<Byline> bylines(JsonNode item) {
        Set<Byline> bylines = new LinkedHashSet<>();
        String by = BY_PREFIX.matcher(text(item, "by").strip()).replaceFirst("");
        for (String name : BY_SEPARATORS.split(by)) {
            if (!name.isBlank()) {
                bylines.add(new Byline(clip(name.strip(), 200), "author"));
            }
        }
        for (JsonNode person : item.path("people")) {
            String rel = text(person, "rel").toLowerCase(Locale.ROOT);
            if (rel.contains("author") || rel.contains("creator") || rel.contains("photographer")
                    || rel.contains("writer") || rel.contains("byline")) {
                bylines.add(new Byline(clip(text(person, "name").strip(), 200), rel.replaceAll(".*[/#:]", "")));
            }
        }
        bylines.removeIf(b -> b.name().isBlank());
        return List.copyOf(bylines);
    }

    private static List<String> tags(JsonNode item) {
        Set<String> tags = new LinkedHashSet<>();
        for (JsonNode subject : item.path("subjects")) {
            String name = text(subject, "name").isBlank() ? text(subject, "literal") : text(subject, "name");
            if (!name.isBlank() && tags.size() < MAX_TAGS) {
                tags.add(clip(name.strip(), 100));
            }
        }
        return List.copyOf(tags);
    }

    private static Picture picture(JsonNode item) {
        List<Rendition> renditions = new ArrayList<>();
        for (JsonNode rendition : item.path("renditions")) {
            if (renditions.size() == MAX_RENDITIONS) {
                throw refused("a picture has more than " + MAX_RENDITIONS + " renditions");
            }
            String href = text(rendition, "href");
            if (!href.isBlank()) {
                renditions.add(new Rendition(text(rendition, "name"), href, text(rendition, "contentType"),
                        whole(rendition, "width"), whole(rendition, "height"),
                        rendition.path("sizeInBytes").isIntegralNumber() ? rendition.path("sizeInBytes").asLong() : null));
            }
        }
        String caption = byRole(item.path("descriptions"), Set.of("caption", "text", "", "description"));
        String alt = byRole(item.path("descriptions"), Set.of("alt", "alttext", "alternativetext", "accessibility"));
        String credit = byRole(item.path("descriptions"), Set.of("creditline", "credit"));
        return new Picture(text(item, "uri"), caption.strip(), alt.strip(), credit.isBlank() ? text(item, "by") : credit,
                text(item, "copyrightHolder"), text(item, "copyrightNotice"), text(item, "usageTerms"),
                text(item.path("rightsInfo"), "linkedRights"), renditions);
    }

    private static WireStory.Status status(JsonNode item) {
        return switch (text(item, "pubStatus").toLowerCase(Locale.ROOT)) {
            case "", "usable" -> WireStory.Status.USABLE;
            case "withheld" -> WireStory.Status.WITHHELD;
            case "canceled", "cancelled" -> WireStory.Status.CANCELED;
            default -> throw refused("its \"pubStatus\" must be usable, withheld or canceled");
        };
    }

    private static @Nullable Integer urgency(JsonNode item) {
        Integer urgency = whole(item, "urgency");
        if (urgency != null && (urgency < 1 || urgency > 9)) {
            throw refused("its \"urgency\" must be 1 to 9");
        }
        return urgency;
    }

    private static @Nullable Instant instant(JsonNode item, String name) {
        String value = text(item, name);
        if (value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException e) {
            throw refused("its \"" + name + "\" is not a date-time such as 2025-05-08T09:30:00Z");
        }
    }

    private static String byRole(JsonNode list, Set<String> roles) {
        for (String role : roles) {
            for (JsonNode entry : list) {
                if (text(entry, "role").equalsIgnoreCase(role) && !text(entry, "value").isBlank()) {
                    return text(entry, "value");
                }
            }
        }
        return "";
    }

    private static String first(JsonNode list) {
        for (JsonNode entry : list) {
            if (!text(entry, "value").isBlank()) {
                return text(entry, "value");
            }
        }
        return "";
    }

    private static @Nullable Integer whole(JsonNode item, String name) {
        JsonNode value = item.path(name);
        return value.isIntegralNumber() && value.canConvertToInt() ? value.asInt() : null;
    }

    private static String text(JsonNode item, String name) {
        JsonNode value = item.path(name);
        return value.isString() ? value.asString() : "";
    }

    private static String firstLine(@Nullable String message) {
        return message == null ? "unreadable" : clip(message.lines().findFirst().orElse(""), 160);
    }

    private static String clip(String text) {
        return clip(text, 40);
    }

    private static String clip(String text, int max) {
        return text.length() > max ? text.substring(0, max) + "…" : text;
    }

    private static ApiProblem refused(String why) {
        return ApiProblem.invalid("document", "Not a ninjs 3 document Dateline can read: " + why);
    }
}
