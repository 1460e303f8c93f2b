package news.dateline.articles.internal;

import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Embeds in a rendered body (ADR 0020): a top-level paragraph holding only the address of a known video, audio or
 * social post ({@code <p>https://youtu.be/…</p>}, or that address autolinked) becomes a click-to-load card:
 * <pre>{@code
 * <figure data-embed-provider="youtube" data-embed-id="ScMzIvxBSi4">
 *   <a href="https://www.youtube.com/watch?v=ScMzIvxBSi4"><strong>YouTube</strong> <cite>youtube.com/watch?v=…</cite>
 *   <em>Load video</em></a><figcaption>Loading it connects to YouTube.</figcaption></figure>
 * }</pre>
 * Nothing in it asks the provider for anything: without script it is a link to the post; the site's script swaps it
 * for the provider's player on a click. Any other paragraph, and any address not naming one item of a known provider,
 * is left as it is.
 */
final class Embeds {

    /** The attributes a card carries besides those of plain Markdown: the sanitizer keeps exactly these. */
    static final String PROVIDER = "data-embed-provider";
    static final String ID = "data-embed-id";

    private Embeds() {
    }

    /** Replaces every embed paragraph directly in {@code doc}'s body by its card. */
    static void placeCards(Document doc) {
        for (Element block : doc.body().children()) {
            if (block.nameIs("p")) {
                address(block).flatMap(Embed::of).ifPresent(embed -> block.replaceWith(card(embed)));
            }
        }
    }

    /** Replaces every card by a paragraph linking to its post, for channels that run no script (feeds). */
    static void cardsToLinks(Document doc) {
        for (Element card : doc.select("figure[" + PROVIDER + "]")) {
            Element link = card.selectFirst("> a[href]");
            if (link == null) {
                card.remove();
                continue;
            }
            String href = link.attr("href");
            Element p = new Element("p");
            p.appendElement("a").attr("href", href).attr("rel", "noopener").text(href);
            card.replaceWith(p);
        }
    }

    /** The address a paragraph holds and nothing else, as text or as a link whose text is its address. */
    private static Optional<String> address(Element p) {
        Node only = null;
        for (Node child : p.childNodes()) {
            if (child instanceof TextNode text && text.isBlank()) {
                continue;
            }
            if (only != null) {
                return Optional.empty();
            }
            only = child;
        }
        if (only instanceof TextNode text) {
            return Optional.of(text.getWholeText().strip());
        }
        if (only instanceof Element a && a.nameIs("a") && a.children().isEmpty()
                && a.attr("href").equals(a.text().strip())) {
            return Optional.of(a.attr("href"));
        }
        return Optional.empty();
    }

    private static Element card(Embed embed) {
        Element figure = new Element("figure").attr(PROVIDER, embed.provider().key()).attr(ID, embed.id());
        Element link = figure.appendElement("a").attr("href", embed.url());
        link.appendElement("strong").text(embed.provider().label);
        link.appendText(" ");
        link.appendElement("cite").text(embed.readable());
        link.appendText(" ");
        link.appendElement("em").text(embed.action());
        figure.appendElement("figcaption").text("Loading it connects to " + embed.connectsTo() + ".");
        return figure;
    }
}
