package news.dateline.imports.internal.body;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Ghost's cards ({@code kg-*-card}) rewritten as the plain HTML {@link MarkdownWriter} knows: a gallery, an embed, a
 * bookmark as a link and its description, a callout as a quote, a toggle as a small heading and its text, a button
 * as a link. The paywall marker and unknown cards are noted.
 */
final class GhostCards {

    private static final Pattern CARD = Pattern.compile("\\bkg-([a-z0-9-]+)-card\\b");
    private static final Pattern KNOWN_COMMENT = Pattern.compile("^\\s*kg-card-(?:begin|end): *(?:html|markdown)\\s*$");

    private GhostCards() {
    }

    static void rewrite(Element body, Conversion conversion) {
        comments(body, conversion);
        for (Element card : body.select(".kg-card")) {
            if (card.root() != body.root()) {
                continue;
            }
            Matcher m = CARD.matcher(card.className());
            if (m.find()) {
                rewrite(card, m.group(1), conversion);
            }
        }
    }

    private static void comments(Element body, Conversion conversion) {
        List<Comment> comments = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Comment comment) {
                comments.add(comment);
            }
        }, body);
        for (Comment comment : comments) {
            String data = comment.getData().strip();
            if (data.equals("members-only")) {
                conversion.note("members-only part started here (Ghost paywall card): the whole text is imported");
            } else if (data.startsWith("kg-card-begin") && !KNOWN_COMMENT.matcher(data).matches()) {
                conversion.note("unknown Ghost card marker <!--" + MarkdownWriter.abbreviate(data) + "--> dropped");
            }
            comment.remove();
        }
    }

    private static void rewrite(Element card, String kind, Conversion conversion) {
        switch (kind) {
            case "image", "code" -> { }
            case "gallery" -> replace(card, gallery(card));
            case "embed" -> replace(card, embed(card, conversion));
            case "bookmark" -> replace(card, bookmark(card));
            case "callout" -> replace(card, callout(card));
            case "toggle" -> replace(card, toggle(card));
            case "button", "file" -> replace(card, links(card));
            case "video", "audio" -> replace(card, media(card, kind));
            default -> conversion.note("Ghost " + kind + " card kept as plain content");
        }
    }

    private static void replace(Element card, List<Node> nodes) {
        for (Node node : nodes) {
            card.before(node);
        }
        card.remove();
    }

    private static List<Node> gallery(Element card) {
        Element gallery = new Element(MarkdownWriter.GALLERY);
        for (Element img : card.select(".kg-gallery-image img, img")) {
            if (img.parent() != gallery && img.closest("figcaption") == null) {
                gallery.appendChild(img.clone());
            }
        }
        Element caption = card.selectFirst("> figcaption");
        if (caption != null) {
            gallery.appendChild(caption.clone());
        }
        return List.of(gallery);
    }

    private static List<Node> embed(Element card, Conversion conversion) {
        List<Node> out = new ArrayList<>();
        Optional<String> url = Optional.empty();
        Element iframe = card.selectFirst("iframe[src]");
        if (iframe != null) {
            url = Embeds.ofPlayer(iframe.attr("src"));
        }
        for (Element a : card.select("blockquote a[href]")) {
            url = url.or(() -> Embeds.of(a.attr("href")));
        }
        Element quote = card.selectFirst("blockquote[data-instgrm-permalink]");
        if (url.isEmpty() && quote != null) {
            url = Embeds.of(quote.attr("data-instgrm-permalink"));
        }
        if (url.isPresent()) {
            out.add(new Element(MarkdownWriter.EMBED).attr("url", url.get()));
        } else {
            String from = iframe != null ? Embeds.host(iframe.attr("src")) : "an unknown site";
            conversion.note("Ghost embed card from " + from + " dropped");
        }
        Element caption = card.selectFirst("> figcaption");
        if (caption != null && !caption.text().isBlank()) {
            out.add(new Element("p").appendChild(new Element("em").appendChildren(caption.clone().childNodes())));
        }
        return out;
    }

    /** A bookmark: a paragraph linking its title, then its description as text. */
    private static List<Node> bookmark(Element card) {
        Element link = card.selectFirst("a[href]");
        Element title = card.selectFirst(".kg-bookmark-title");
        Element description = card.selectFirst(".kg-bookmark-description");
        List<Node> out = new ArrayList<>();
        if (link != null) {
            String text = title != null && !title.text().isBlank() ? title.text() : link.attr("href");
            out.add(new Element("p").appendChild(new Element("a").attr("href", link.attr("href")).text(text)));
        }
        if (description != null && !description.text().isBlank()) {
            out.add(new Element("p").text(description.text()));
        }
        return out;
    }

    /** A callout: a quote whose text starts with the callout's emoji. */
    private static List<Node> callout(Element card) {
        Element emoji = card.selectFirst(".kg-callout-emoji");
        Element text = card.selectFirst(".kg-callout-text");
        Element p = new Element("p");
        if (emoji != null && !emoji.text().isBlank()) {
            p.appendText(emoji.text().strip() + " ");
        }
        if (text != null) {
            p.appendChildren(text.clone().childNodes());
        }
        return List.of(new Element("blockquote").appendChild(p));
    }

    /** A toggle: its heading as a small heading, its content below. */
    private static List<Node> toggle(Element card) {
        Element heading = card.selectFirst(".kg-toggle-heading-text");
        Element content = card.selectFirst(".kg-toggle-content");
        List<Node> out = new ArrayList<>();
        if (heading != null && !heading.text().isBlank()) {
            out.add(new Element("h4").appendChildren(heading.clone().childNodes()));
        }
        if (content != null) {
            out.add(new Element("div").appendChildren(content.clone().childNodes()));
        }
        return out;
    }

    /** A video or audio card: only its file (the writer links it), not its player controls or spacer picture. */
    private static List<Node> media(Element card, String kind) {
        Element media = card.selectFirst(kind + "[src], " + kind + " source[src]");
        return media == null ? List.of() : List.of(new Element(kind).attr("src", media.attr("src")));
    }

    /** A button or file card: a paragraph linking its label (a file card's title). */
    private static List<Node> links(Element card) {
        List<Node> out = new ArrayList<>();
        for (Element a : card.select("a[href]")) {
            Element title = a.selectFirst(".kg-file-card-title");
            String text = title != null ? title.text() : a.text().isBlank() ? a.attr("href") : a.text();
            out.add(new Element("p").appendChild(new Element("a").attr("href", a.attr("href")).appendChild(
                    new TextNode(text))));
        }
        return out;
    }
}
