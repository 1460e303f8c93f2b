package news.dateline.imports.internal.ghost;

import static news.dateline.imports.internal.ghost.GhostCards.escape;
import static news.dateline.imports.internal.ghost.GhostCards.text;

import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Renders a post's Lexical JSON (Ghost's editor state since 5.x) to HTML as Ghost does: paragraphs, headings,
 * quotes (asides as {@code kg-blockquote-alt}), nested lists, links, text format bits, line breaks, and the cards
 * through {@link GhostCards}.
 */
final class LexicalRenderer {

    /** Lexical's text format bits, outermost first. */
    private static final Map<Integer, String> FORMATS = new java.util.LinkedHashMap<>();

    static {
        FORMATS.put(16, "code");
        FORMATS.put(1, "strong");
        FORMATS.put(2, "em");
        FORMATS.put(4, "s");
        FORMATS.put(8, "u");
        FORMATS.put(32, "sub");
        FORMATS.put(64, "sup");
        FORMATS.put(128, "mark");
    }

    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private LexicalRenderer() {
    }

    /** The HTML of a Lexical document ({@code {"root":{"children":[...]}}}). */
    static String render(String lexical) {
        JsonNode root = GhostJson.tree(lexical).path("root");
        if (!root.isObject()) {
            throw new IllegalArgumentException("its Lexical body has no root");
        }
        StringBuilder html = new StringBuilder();
        children(root, html);
        return html.toString();
    }

    private static void children(JsonNode node, StringBuilder html) {
        for (JsonNode child : node.path("children")) {
            node(child, html);
        }
    }

    private static void node(JsonNode node, StringBuilder html) {
        String type = text(node, "type");
        switch (type) {
            case "paragraph" -> {
                if (!node.path("children").isEmpty()) {
                    element(node, "p", "", html);
                }
            }
            case "heading", "extended-heading" -> {
                String tag = text(node, "tag");
                element(node, HEADINGS.contains(tag) ? tag : "h2", "", html);
            }
            case "quote", "extended-quote" -> element(node, "blockquote", "", html);
            case "aside" -> element(node, "blockquote", " class=\"kg-blockquote-alt\"", html);
            case "list" -> list(node, html);
            case "listitem" -> element(node, "li", "", html);
            case "link", "autolink" -> link(node, html);
            case "text", "extended-text", "hashtag", "at-link-search", "zwnj" -> textNode(node, html);
            case "linebreak" -> html.append("<br>");
            case "tab" -> html.append('\t');
            case "root" -> children(node, html);
            default -> {
                if (node.has("children")) {
                    html.append("<!-- unknown ghost card: ").append(type.replaceAll("[^A-Za-z0-9_.:-]", "_"))
                            .append(" -->");
                    children(node, html);
                } else {
                    html.append(GhostCards.render(type, node));
                }
            }
        }
    }

    private static void element(JsonNode node, String tag, String attributes, StringBuilder html) {
        html.append('<').append(tag).append(attributes).append('>');
        children(node, html);
        html.append("</").append(tag).append('>');
    }

    private static void list(JsonNode node, StringBuilder html) {
        String listType = text(node, "listType");
        String tag = listType.equals("number") || text(node, "tag").equals("ol") ? "ol" : "ul";
        int start = node.path("start").asInt(1);
        element(node, tag, tag.equals("ol") && start != 1 ? " start=\"" + start + "\"" : "", html);
    }

    private static void link(JsonNode node, StringBuilder html) {
        StringBuilder attributes = new StringBuilder(" href=\"").append(escape(text(node, "url"))).append('"');
        for (String name : new String[] {"rel", "target", "title"}) {
            if (!text(node, name).isBlank()) {
                attributes.append(' ').append(name).append("=\"").append(escape(text(node, name))).append('"');
            }
        }
        element(node, "a", attributes.toString(), html);
    }

    private static void textNode(JsonNode node, StringBuilder html) {
        int format = node.path("format").asInt(0);
        StringBuilder close = new StringBuilder();
        for (var bit : FORMATS.entrySet()) {
            if ((format & bit.getKey()) != 0) {
                html.append('<').append(bit.getValue()).append('>');
                close.insert(0, "</" + bit.getValue() + ">");
            }
        }
        html.append(escape(text(node, "text"))).append(close);
    }
}
