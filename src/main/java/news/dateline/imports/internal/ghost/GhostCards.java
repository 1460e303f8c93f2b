package news.dateline.imports.internal.ghost;

import java.util.List;
import java.util.Set;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import tools.jackson.databind.JsonNode;

/**
 * Ghost's cards as Ghost itself renders them ({@code kg-*-card} markup), from a card's payload: the same field
 * names serve Lexical nodes and Mobiledoc cards. A card this does not know keeps its text after a
 * {@code <!-- unknown ghost card: TYPE -->} comment, so the body converter reports it.
 */
final class GhostCards {

    private static final Set<String> TEXT_FIELDS = Set.of("text", "heading", "content", "caption", "title",
            "description", "buttonText", "calloutText", "header", "subheader", "productTitle", "productDescription",
            "markdown", "html");
    private static final Set<String> LINK_FIELDS = Set.of("src", "url", "href");
    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer MARKDOWN_HTML = HtmlRenderer.builder().build();

    private GhostCards() {
    }

    /** The card's HTML; {@code type} is the Lexical node type or the Mobiledoc card name. */
    static String render(String type, JsonNode card) {
        return switch (type) {
            case "image" -> image(card);
            case "gallery" -> gallery(card);
            case "bookmark" -> bookmark(card);
            case "embed" -> embed(card);
            case "callout" -> callout(card);
            case "toggle" -> toggle(card);
            case "button" -> button(card);
            case "codeblock", "code" -> code(card);
            case "html" -> "\n<!--kg-card-begin: html-->\n" + text(card, "html") + "\n<!--kg-card-end: html-->\n";
            case "markdown", "card-markdown" -> "\n<!--kg-card-begin: markdown-->"
                    + MARKDOWN_HTML.render(MARKDOWN.parse(text(card, "markdown"))) + "<!--kg-card-end: markdown-->\n";
            case "paywall" -> "<!--members-only-->";
            case "horizontalrule", "hr", "divider" -> "<hr>";
            default -> unknown(type, card);
        };
    }

    /** An unknown card: the comment, then its texts and (a video's, a file's) address as a plain link. */
    static String unknown(String type, JsonNode card) {
        StringBuilder html = new StringBuilder("<!-- unknown ghost card: ").append(comment(type)).append(" -->");
        for (var field : card.properties()) {
            if (!field.getValue().isString()) {
                continue;
            }
            String value = field.getValue().asString().strip();
            if (TEXT_FIELDS.contains(field.getKey())) {
                String text = Jsoup.parseBodyFragment(value).text().strip();
                if (!text.isEmpty()) {
                    html.append("<p>").append(escape(text)).append("</p>");
                }
            } else if (LINK_FIELDS.contains(field.getKey()) && !value.isEmpty()) {
                html.append("<p><a href=\"").append(escape(value)).append("\">").append(escape(value)).append("</a></p>");
            }
        }
        return html.toString();
    }

    private static String image(JsonNode card) {
        String caption = text(card, "caption");
        String width = text(card, "cardWidth");
        StringBuilder html = new StringBuilder("<figure class=\"kg-card kg-image-card")
                .append(width.equals("wide") || width.equals("full") ? " kg-width-" + width : "")
                .append(caption.isBlank() ? "" : " kg-card-hascaption").append("\">");
        String href = text(card, "href");
        if (!href.isBlank()) {
            html.append("<a href=\"").append(escape(href)).append("\">");
        }
        html.append(img(card, " class=\"kg-image\""));
        if (!href.isBlank()) {
            html.append("</a>");
        }
        return html.append(figcaption(caption)).append("</figure>").toString();
    }

    private static String gallery(JsonNode card) {
        String caption = text(card, "caption");
        StringBuilder html = new StringBuilder("<figure class=\"kg-card kg-gallery-card kg-width-wide")
                .append(caption.isBlank() ? "" : " kg-card-hascaption")
                .append("\"><div class=\"kg-gallery-container\">");
        int row = Integer.MIN_VALUE;
        for (JsonNode image : card.path("images")) {
            int imageRow = image.path("row").asInt(0);
            if (imageRow != row) {
                html.append(row == Integer.MIN_VALUE ? "" : "</div>").append("<div class=\"kg-gallery-row\">");
                row = imageRow;
            }
            html.append("<div class=\"kg-gallery-image\">").append(img(image, "")).append("</div>");
        }
        if (row != Integer.MIN_VALUE) {
            html.append("</div>");
        }
        return html.append("</div>").append(figcaption(caption)).append("</figure>").toString();
    }

    private static String bookmark(JsonNode card) {
        JsonNode meta = card.path("metadata");
        String url = text(card, "url");
        String caption = text(card, "caption");
        StringBuilder html = new StringBuilder("<figure class=\"kg-card kg-bookmark-card")
                .append(caption.isBlank() ? "" : " kg-card-hascaption").append("\"><a class=\"kg-bookmark-container\"")
                .append(" href=\"").append(escape(url)).append("\"><div class=\"kg-bookmark-content\">")
                .append("<div class=\"kg-bookmark-title\">").append(escape(text(meta, "title"))).append("</div>")
                .append("<div class=\"kg-bookmark-description\">").append(escape(text(meta, "description")))
                .append("</div><div class=\"kg-bookmark-metadata\">");
        if (!text(meta, "icon").isBlank()) {
            html.append("<img class=\"kg-bookmark-icon\" src=\"").append(escape(text(meta, "icon"))).append("\" alt=\"\">");
        }
        // Ghost shows the publisher in the "author" span and the author in the "publisher" one.
        span(html, "kg-bookmark-author", text(meta, "publisher"));
        span(html, "kg-bookmark-publisher", text(meta, "author"));
        html.append("</div></div>");
        if (!text(meta, "thumbnail").isBlank()) {
            html.append("<div class=\"kg-bookmark-thumbnail\"><img src=\"").append(escape(text(meta, "thumbnail")))
                    .append("\" alt=\"\"></div>");
        }
        return html.append("</a>").append(figcaption(caption)).append("</figure>").toString();
    }

    private static String embed(JsonNode card) {
        String caption = text(card, "caption");
        String html = text(card, "html");
        String url = text(card, "url");
        String body = html.isBlank() ? "<a href=\"" + escape(url) + "\">" + escape(url) + "</a>" : html;
        return "<figure class=\"kg-card kg-embed-card" + (caption.isBlank() ? "" : " kg-card-hascaption") + "\">"
                + body + figcaption(caption) + "</figure>";
    }

    private static String callout(JsonNode card) {
        String emoji = text(card, "calloutEmoji");
        String colour = text(card, "backgroundColor").replaceAll("[^A-Za-z0-9-]", "");
        return "<div class=\"kg-card kg-callout-card kg-callout-card-" + (colour.isBlank() ? "grey" : colour) + "\">"
                + (emoji.isBlank() ? "" : "<div class=\"kg-callout-emoji\">" + escape(emoji) + "</div>")
                + "<div class=\"kg-callout-text\">" + text(card, "calloutText") + "</div></div>";
    }

    private static String toggle(JsonNode card) {
        return "<div class=\"kg-card kg-toggle-card\" data-kg-toggle-state=\"close\"><div class=\"kg-toggle-heading\">"
                + "<h4 class=\"kg-toggle-heading-text\">" + text(card, "heading") + "</h4></div>"
                + "<div class=\"kg-toggle-content\">" + text(card, "content") + "</div></div>";
    }

    private static String button(JsonNode card) {
        String align = text(card, "alignment").replaceAll("[^A-Za-z-]", "");
        return "<div class=\"kg-card kg-button-card kg-align-" + (align.isBlank() ? "left" : align) + "\"><a href=\""
                + escape(text(card, "buttonUrl")) + "\" class=\"kg-btn kg-btn-accent\">"
                + escape(text(card, "buttonText")) + "</a></div>";
    }

    private static String code(JsonNode card) {
        String language = text(card, "language").replaceAll("[^A-Za-z0-9_+#.-]", "");
        return "<figure class=\"kg-card kg-code-card\"><pre><code"
                + (language.isBlank() ? "" : " class=\"language-" + language + "\"") + ">"
                + escape(text(card, "code")) + "</code></pre>" + figcaption(text(card, "caption")) + "</figure>";
    }

    private static String img(JsonNode image, String extra) {
        StringBuilder html = new StringBuilder("<img src=\"").append(escape(text(image, "src"))).append('"')
                .append(extra).append(" alt=\"").append(escape(text(image, "alt"))).append("\" loading=\"lazy\"");
        for (String size : List.of("width", "height")) {
            if (image.path(size).canConvertToInt()) {
                html.append(' ').append(size).append("=\"").append(image.path(size).asInt()).append('"');
            }
        }
        if (!text(image, "title").isBlank()) {
            html.append(" title=\"").append(escape(text(image, "title"))).append('"');
        }
        return html.append('>').toString();
    }

    private static void span(StringBuilder html, String css, String text) {
        if (!text.isBlank()) {
            html.append("<span class=\"").append(css).append("\">").append(escape(text)).append("</span>");
        }
    }

    private static String figcaption(String caption) {
        return caption.isBlank() ? "" : "<figcaption>" + caption + "</figcaption>";
    }

    static String text(JsonNode node, String field) {
        return GhostTables.text(node, field);
    }

    /** HTML-escapes text for an element's content or a double-quoted attribute. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String comment(String type) {
        return type.replaceAll("[^A-Za-z0-9_.:-]", "_");
    }
}
