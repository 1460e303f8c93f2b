package news.dateline.articles.internal;

import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Renders CommonMark to HTML a reader may safely receive. Two layers: CommonMark escapes raw HTML
 * and drops unsafe URLs, then an allow-list cleaner keeps only known elements, attributes and
 * URL schemes — so no script, event-handler attribute or {@code javascript:} URL can get through. The one
 * extension is static: a paragraph holding only a video or post address becomes a click-to-load card
 * ({@link Embeds}, ADR 0020), whose two data attributes on {@code figure} are all the cleaner lets through beyond
 * Markdown's own.
 */
public final class BodyRenderer {

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(List.of(TablesExtension.create()))
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();
    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeTags("div", "span")
            .addTags("figure", "figcaption", "hr")
            .addAttributes("a", "title")
            .addAttributes("figure", Embeds.PROVIDER, Embeds.ID)
            .addProtocols("a", "href", "https", "http", "mailto")
            .addProtocols("img", "src", "https", "http")
            .preserveRelativeLinks(true);

    private BodyRenderer() {
    }

    public static String render(String markdown) {
        String html = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
        Document dirty = Jsoup.parseBodyFragment(html, "https://dateline.invalid/");
        Embeds.placeCards(dirty);
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        clean.select("a[href^=http]").attr("rel", "noopener");
        clean.select("img").attr("loading", "lazy").attr("decoding", "async");
        return clean.body().html();
    }

    /** Stored body HTML with each embed card as a plain paragraph linking to its post, for channels without script. */
    public static String withEmbedsAsLinks(String html) {
        if (html == null || !html.contains(Embeds.PROVIDER)) {
            return html;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        Embeds.cardsToLinks(doc);
        return doc.body().html();
    }
}
