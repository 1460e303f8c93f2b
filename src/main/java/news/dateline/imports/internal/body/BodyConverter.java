package news.dateline.imports.internal.body;

import news.dateline.imports.internal.source.SourcePost;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.stereotype.Component;

/**
 * Converts a source body (WordPress content with blocks and shortcodes, Ghost's card HTML, a feed's HTML) to
 * Dateline's CommonMark body: paragraphs, headings, lists, quotes, code, GFM tables, library images, galleries and
 * embeds, with a note for everything that could not be carried over (see ADR 0023).
 */
@Component
public class BodyConverter {

    public ConvertedBody convert(SourcePost.Format format, String html, BodyLinks links) {
        // WordPress keeps a picture's caption on its attachment (the library record); Ghost and feeds do not.
        Conversion conversion = new Conversion(links, format != SourcePost.Format.WORDPRESS);
        String source = html == null ? "" : html;
        if (format == SourcePost.Format.WORDPRESS) {
            source = WordPressText.toHtml(source, conversion);
        }
        Document document = Jsoup.parseBodyFragment(source);
        GhostCards.rewrite(document.body(), conversion);
        String markdown = new MarkdownWriter(conversion).write(document.body());
        return new ConvertedBody(markdown, conversion.notes());
    }
}
