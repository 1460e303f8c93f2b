package news.dateline.imports.internal.body;

import java.util.Arrays;
import java.util.List;
import news.dateline.articles.internal.BodyRenderer;
import news.dateline.imports.internal.source.SourcePost;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A body converted in a test, with what Dateline renders of it. */
record Converted(String markdown, List<String> notes, Document rendered) {

    static Converted of(SourcePost.Format format, String html) {
        return of(format, html, new FakeLinks());
    }

    static Converted of(SourcePost.Format format, String html, BodyLinks links) {
        ConvertedBody body = new BodyConverter().convert(format, html, links);
        return new Converted(body.markdown(), body.notes(), Jsoup.parseBodyFragment(BodyRenderer.render(body.markdown())));
    }

    static Converted wordpress(String html) {
        return of(SourcePost.Format.WORDPRESS, html);
    }

    static Converted ghost(String html) {
        return of(SourcePost.Format.GHOST, html);
    }

    static Converted html(String html) {
        return of(SourcePost.Format.HTML, html);
    }

    /** The Markdown's paragraphs (blocks separated by a blank line). */
    List<String> blocks() {
        return Arrays.stream(markdown.split("\n\n")).filter(b -> !b.isBlank()).toList();
    }

    /** What a reader sees of the rendered body, with each embed card's address (the card shows it shortened). */
    String text() {
        List<String> embeds = embeds();
        return embeds.isEmpty() ? rendered.text() : rendered.text() + " " + String.join(" ", embeds);
    }

    /** The addresses of the click-to-load embed cards the rendered body holds, in order. */
    java.util.List<String> embeds() {
        return rendered.select("figure[data-embed-provider] a[href]").eachAttr("href");
    }
}
