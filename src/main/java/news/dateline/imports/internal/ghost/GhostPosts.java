package news.dateline.imports.internal.ghost;

import static news.dateline.imports.internal.ghost.GhostTables.text;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import news.dateline.imports.internal.source.SourceItem;
import news.dateline.imports.internal.source.SourcePost;
import news.dateline.imports.internal.source.SourceSkipped;
import news.dateline.imports.internal.source.SourceState;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Maps one row of Ghost's {@code posts} table onto a {@link SourcePost}, with its authors, tags and
 * {@code posts_meta} from the first pass; a row that cannot be read becomes a {@link SourceSkipped}.
 */
final class GhostPosts {

    private static final DateTimeFormatter GHOST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSS]");

    private final GhostTables tables;
    private final GhostUrls urls;
    private final String siteLanguage;

    GhostPosts(GhostTables tables, GhostUrls urls, String siteLanguage) {
        this.tables = tables;
        this.urls = urls;
        this.siteLanguage = siteLanguage;
    }

    SourceItem map(JsonNode row) {
        String id = text(row, "id");
        String title = text(row, "title");
        String name = title.isBlank() ? "post " + id : "\"" + title + "\"";
        String type = !text(row, "type").isBlank() ? text(row, "type") : flag(row.path("page")) ? "page" : "post";
        if (!type.equals("post") && !type.equals("page")) {
            return new SourceSkipped(id, type, title.isBlank() ? text(row, "slug") : title, "Ghost " + name + " is of type \"" + type + "\", not a post or page.");
        }
        SourceState state = state(text(row, "status"), text(row, "visibility"));
        if (state == null) {
            return new SourceSkipped(id, type, title.isBlank() ? text(row, "slug") : title, "Ghost " + name + " has the unknown status \"" + text(row, "status")
                    + "\".");
        }
        try {
            return post(row, id, type, state);
        } catch (IllegalArgumentException e) {
            return new SourceSkipped(id, type, title.isBlank() ? text(row, "slug") : title, "Ghost " + name + " could not be read: " + e.getMessage() + ".");
        }
    }

    private SourcePost post(JsonNode row, String id, String type, SourceState state) {
        GhostTables.Meta meta = tables.meta.getOrDefault(id, new GhostTables.Meta(text(row, "feature_image_alt"),
                text(row, "feature_image_caption"), text(row, "meta_title"), text(row, "meta_description")));
        String slug = text(row, "slug");
        boolean live = text(row, "status").equals("published");
        String locale = text(row, "locale");
        return new SourcePost(id, type.equals("page") ? SourcePost.Kind.PAGE : SourcePost.Kind.STORY,
                text(row, "title"), slug, state, urls.resolve(body(row)), SourcePost.Format.GHOST,
                text(row, "custom_excerpt"), authors(row, id), List.of(), tables.tagIds(id),
                instant(row, "published_at"), instant(row, "updated_at"), "",
                urls.resolve(text(row, "feature_image")), meta.featureImageAlt(), meta.featureImageCaption(),
                live && !slug.isBlank() ? urls.post(slug) : "", "", 0, flag(row.path("featured")), 0,
                meta.metaTitle(), meta.metaDescription(), text(row, "canonical_url"),
                locale.isBlank() ? siteLanguage : locale);
    }

    /** Bylines from {@code posts_authors}; exports before Ghost 1.22 name one {@code author_id} on the post. */
    private List<String> authors(JsonNode row, String id) {
        List<String> authors = tables.authorIds(id);
        return authors.isEmpty() && !text(row, "author_id").isBlank() ? List.of(text(row, "author_id")) : authors;
    }

    /** The body: Lexical when present (the source of truth), else Mobiledoc, else the stored HTML. */
    static String body(JsonNode row) {
        String lexical = text(row, "lexical");
        if (!lexical.isBlank()) {
            return LexicalRenderer.render(lexical);
        }
        String mobiledoc = text(row, "mobiledoc");
        if (!mobiledoc.isBlank()) {
            return MobiledocRenderer.render(mobiledoc);
        }
        return text(row, "html");
    }

    static @Nullable SourceState state(String status, String visibility) {
        return switch (status) {
            case "published" -> visibility.isBlank() || visibility.equals("public") ? SourceState.PUBLISHED
                    : SourceState.MEMBERS;
            case "sent" -> SourceState.PUBLISHED;
            case "draft" -> SourceState.DRAFT;
            case "scheduled" -> SourceState.SCHEDULED;
            default -> null;
        };
    }

    /** Ghost's UTC {@code 2026-09-06 15:20:00}, ISO instants, or (very old exports) epoch milliseconds. */
    static @Nullable Instant instant(JsonNode row, String field) {
        JsonNode node = row.path(field);
        if (node.isNumber()) {
            return Instant.ofEpochMilli(node.asLong());
        }
        String value = text(row, field).strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            if (value.contains("T")) {
                return value.endsWith("Z") || value.matches(".*[+-]\\d\\d:?\\d\\d$")
                        ? OffsetDateTime.parse(value).toInstant()
                        : LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
            }
            return LocalDateTime.parse(value, GHOST_DATE).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("its " + field + " \"" + value + "\" is not a date");
        }
    }

    private static boolean flag(JsonNode node) {
        return node.isBoolean() ? node.asBoolean()
                : node.isNumber() ? node.asInt() != 0
                : node.isString() && List.of("1", "true").contains(node.asString().toLowerCase(Locale.ROOT));
    }
}
