package news.dateline.imports.internal.ghost;

import static news.dateline.imports.internal.ghost.GhostCards.escape;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Renders a post's Mobiledoc (Ghost 1.x to 4.x, still read by 5.x) to HTML as Ghost does: markup sections
 * (paragraphs, headings, quotes, asides), list sections, image sections, markers with their markups and atoms
 * (soft returns as line breaks), and card sections through {@link GhostCards}.
 */
final class MobiledocRenderer {

    private static final Set<String> SECTION_TAGS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote");
    private static final Set<String> MARKUP_TAGS = Set.of("a", "b", "strong", "i", "em", "code", "s", "u", "sub",
            "sup", "mark");
    private static final Set<String> LINK_ATTRIBUTES = Set.of("href", "rel", "target", "title");

    private final JsonNode doc;

    private MobiledocRenderer(JsonNode doc) {
        this.doc = doc;
    }

    /** The HTML of a Mobiledoc document ({@code {"version":"0.3.1","sections":[...],...}}). */
    static String render(String mobiledoc) {
        JsonNode doc = GhostJson.tree(mobiledoc);
        if (!doc.path("sections").isArray()) {
            throw new IllegalArgumentException("its Mobiledoc body has no sections");
        }
        StringBuilder html = new StringBuilder();
        new MobiledocRenderer(doc).sections(html);
        return html.toString();
    }

    private void sections(StringBuilder html) {
        for (JsonNode section : doc.path("sections")) {
            switch (section.path(0).asInt(-1)) {
                case 1 -> markupSection(section, html);
                case 2 -> html.append("<img src=\"").append(escape(section.path(1).asString("")))
                        .append("\" alt=\"\">");
                case 3 -> listSection(section, html);
                case 10 -> card(section.path(1).asInt(-1), html);
                default -> html.append("<!-- unknown ghost card: mobiledoc-section-")
                        .append(section.path(0).asInt(-1)).append(" -->");
            }
        }
    }

    private void markupSection(JsonNode section, StringBuilder html) {
        String tag = section.path(1).asString("p").toLowerCase(java.util.Locale.ROOT);
        JsonNode markers = section.path(2);
        if (tag.equals("p") && markers.isEmpty()) {
            return;
        }
        String open = tag.equals("aside") ? "blockquote class=\"kg-blockquote-alt\""
                : tag.equals("pull-quote") ? "blockquote class=\"kg-blockquote-alt\""
                : SECTION_TAGS.contains(tag) ? tag : "p";
        String close = open.startsWith("blockquote") ? "blockquote" : open;
        html.append('<').append(open).append('>');
        markers(markers, html);
        html.append("</").append(close).append('>');
    }

    private void listSection(JsonNode section, StringBuilder html) {
        String tag = section.path(1).asString("ul").equalsIgnoreCase("ol") ? "ol" : "ul";
        html.append('<').append(tag).append('>');
        for (JsonNode item : section.path(2)) {
            html.append("<li>");
            markers(item, html);
            html.append("</li>");
        }
        html.append("</").append(tag).append('>');
    }

    private void card(int index, StringBuilder html) {
        JsonNode card = doc.path("cards").path(index);
        String name = card.path(0).asString("");
        JsonNode payload = card.path(1).isObject() ? card.path(1) : JsonNodeFactory.instance.objectNode();
        if (name.isBlank()) {
            html.append("<!-- unknown ghost card: missing-card -->");
        } else {
            html.append(GhostCards.render(name, payload));
        }
    }

    /** Markers: {@code [type (0 text, 1 atom), [opened markup indexes], closed count, value]}. */
    private void markers(JsonNode markers, StringBuilder html) {
        Deque<String> open = new ArrayDeque<>();
        for (JsonNode marker : markers) {
            for (JsonNode markupIndex : marker.path(1)) {
                String tag = openMarkup(doc.path("markups").path(markupIndex.asInt(-1)), html);
                open.push(tag);
            }
            if (marker.path(0).asInt(0) == 1) {
                atom(doc.path("atoms").path(marker.path(3).asInt(-1)), html);
            } else {
                html.append(escape(marker.path(3).asString("")));
            }
            int closed = Math.min(marker.path(2).asInt(0), open.size());
            for (int i = 0; i < closed; i++) {
                html.append("</").append(open.pop()).append('>');
            }
        }
        while (!open.isEmpty()) {
            html.append("</").append(open.pop()).append('>');
        }
    }

    /** Opens a markup ({@code ["a", ["href", "..."]]}), returning the tag to close (a span when unknown). */
    private static String openMarkup(JsonNode markup, StringBuilder html) {
        String tag = markup.path(0).asString("").toLowerCase(java.util.Locale.ROOT);
        if (!MARKUP_TAGS.contains(tag)) {
            html.append("<span>");
            return "span";
        }
        html.append('<').append(tag);
        JsonNode attributes = markup.path(1);
        for (int i = 0; i + 1 < attributes.size(); i += 2) {
            String name = attributes.path(i).asString("").toLowerCase(java.util.Locale.ROOT);
            if (tag.equals("a") && LINK_ATTRIBUTES.contains(name)) {
                html.append(' ').append(name).append("=\"").append(escape(attributes.path(i + 1).asString("")))
                        .append('"');
            }
        }
        html.append('>');
        return tag;
    }

    /** Atoms: {@code [name, text, payload]}; Ghost's only common one is the soft return. */
    private static void atom(JsonNode atom, StringBuilder html) {
        String name = atom.path(0).asString("");
        if (name.equals("soft-return")) {
            html.append("<br>");
        } else {
            html.append(escape(atom.path(1).asString("")));
        }
    }
}
