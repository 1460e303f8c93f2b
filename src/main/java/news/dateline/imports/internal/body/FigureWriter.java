package news.dateline.imports.internal.body;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Figures: a library picture is its own paragraph (its caption stays only when no library record holds it), two or
 * more pictures in one figure are a gallery (one paragraph of images), an embed figure is its URL alone, a table or
 * pull quote in a figure is written as such with its caption.
 */
final class FigureWriter {

    private final MarkdownWriter writer;

    FigureWriter(MarkdownWriter writer) {
        this.writer = writer;
    }

    /** Whether an element holds nothing but pictures (an image, a picture element, a link around an image). */
    static boolean pictureOnly(Element el) {
        String tag = el.normalName();
        if (tag.equals("img") || tag.equals("picture")) {
            return true;
        }
        return el.selectFirst("img") != null && el.text().isBlank()
                && el.selectFirst("iframe, video, audio, object, embed, table, ul, ol, pre, blockquote, figure, "
                + MarkdownWriter.EMBED + ", " + MarkdownWriter.GALLERY) == null;
    }

    /** A gallery as WordPress shows one ({@code [gallery]} rendered, Jetpack's tiled gallery): two or more pictures. */
    static boolean isGallery(Element el) {
        return (el.hasClass("gallery") || el.hasClass("tiled-gallery") || el.hasClass("wp-block-gallery"))
                && el.select("img").size() >= 2;
    }

    List<String> figure(Element figure, int depth) {
        Element caption = figure.selectFirst("> figcaption");
        if (figure.hasClass("wp-block-embed")) {
            return embed(figure, caption);
        }
        Element table = figure.selectFirst("table");
        if (table != null) {
            return writer.tables.write(table, caption);
        }
        Element quote = figure.selectFirst("blockquote");
        if (quote != null) {
            List<String> out = new ArrayList<>();
            writer.containers.quote(quote, caption, depth).ifPresent(out::add);
            return out;
        }
        Elements images = figure.select("img");
        images.removeIf(img -> img.closest("figcaption") != null);
        if (images.size() >= 2) {
            return gallery(images, caption);
        }
        if (images.size() == 1 && figure.selectFirst("pre, iframe, video, audio") == null) {
            List<String> out = new ArrayList<>(pictures(images.getFirst()));
            boolean resolved = !out.isEmpty() && out.getFirst().startsWith("![");
            if (!resolved || writer.conversion.keepCaptions()) {
                out.addAll(writer.italic(caption != null ? caption : figure.selectFirst("figcaption")));
            }
            return out;
        }
        List<String> out = new ArrayList<>(writer.flow(figure.childNodes().stream()
                .filter(n -> n != caption).toList(), depth));
        out.addAll(writer.italic(caption));
        return out;
    }

    /** A gallery element made from a shortcode or a Ghost card: its pictures and its own caption. */
    List<String> gallery(Element gallery) {
        Elements images = gallery.select("img");
        images.removeIf(img -> img.closest("figcaption") != null);
        return gallery(images, gallery.selectFirst("> figcaption"));
    }

    private List<String> gallery(List<Element> images, Element caption) {
        List<String> library = new ArrayList<>();
        List<String> others = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        for (Element img : images) {
            Pictures.Picture picture = Pictures.of(img, writer.conversion);
            if (picture.resolved()) {
                library.add(picture.markdown());
            } else if (!picture.markdown().isEmpty()) {
                others.add(picture.markdown());
            }
            Element own = img.closest("figure");
            if (own != null && own.selectFirst("> figcaption") != caption
                    && (!picture.resolved() || writer.conversion.keepCaptions())) {
                captions.addAll(writer.italic(own.selectFirst("> figcaption")));
            }
        }
        List<String> out = new ArrayList<>();
        if (!library.isEmpty()) {
            out.add(String.join(" ", library));
        }
        out.addAll(others);
        out.addAll(captions);
        out.addAll(writer.italic(caption));
        return out;
    }

    /** Each picture in {@code el} as its own paragraph; a link around one is dropped when it leads to the picture. */
    List<String> pictures(Element el) {
        List<String> out = new ArrayList<>();
        Elements images = el.normalName().equals("img") ? new Elements(el) : el.select("img");
        for (Element img : images) {
            Pictures.Picture picture = Pictures.of(img, writer.conversion);
            if (!picture.markdown().isEmpty()) {
                out.add(picture.markdown());
            }
            Element link = img.closest("a");
            if (link != null && !link.attr("href").isBlank()
                    && !Pictures.linksToItself(link.attr("href"), Pictures.source(img))) {
                writer.conversion.note("link around a picture dropped: " + link.attr("href").strip());
            }
        }
        return out;
    }

    /** A WordPress embed block: the URL it wraps (or its player's), its caption after it. */
    private List<String> embed(Element figure, Element caption) {
        Element wrapper = figure.selectFirst(".wp-block-embed__wrapper");
        String url = (wrapper != null ? wrapper : figure).ownText().strip();
        if (url.isEmpty() && wrapper != null) {
            url = wrapper.text().strip();
        }
        Element iframe = figure.selectFirst("iframe");
        Optional<String> embed = url.isEmpty() && iframe != null ? Embeds.ofPlayer(iframe.attr("src")) : Embeds.of(url);
        List<String> out = new ArrayList<>();
        if (embed.isPresent()) {
            out.add(MarkdownText.bareUrl(embed.get()));
        } else if (!url.isEmpty() && InlineWriter.safe(url)) {
            writer.conversion.note("embed from " + Embeds.host(url) + " kept as a link");
            out.add("[" + MarkdownText.inline(url) + "](" + MarkdownText.destination(writer.conversion.links().link(url)) + ")");
        } else if (iframe != null) {
            out.addAll(player(iframe));
        }
        out.addAll(writer.italic(caption));
        return out;
    }

    /** A player iframe: its video or post as an embed, anything else dropped with a note naming its host. */
    List<String> player(Element iframe) {
        String src = iframe.hasAttr("src") ? iframe.attr("src") : iframe.attr("data-src");
        Optional<String> embed = Embeds.ofPlayer(src);
        if (embed.isPresent()) {
            return List.of(MarkdownText.bareUrl(embed.get()));
        }
        writer.conversion.note("iframe from " + Embeds.host(src) + " dropped");
        return List.of();
    }

    /** A video or audio element: a link to its file (Dateline has no player for it), noted. */
    List<String> media(Element media) {
        String src = media.attr("src").strip();
        if (src.isEmpty()) {
            Element source = media.selectFirst("source[src]");
            src = source == null ? "" : source.attr("src").strip();
        }
        if (src.isEmpty() || !InlineWriter.safe(src)) {
            writer.conversion.note(media.normalName() + " without a usable address dropped");
            return List.of();
        }
        Optional<String> embed = Embeds.of(src);
        if (embed.isPresent()) {
            return List.of(MarkdownText.bareUrl(embed.get()));
        }
        writer.conversion.note(media.normalName() + " kept as a link: " + src);
        return List.of("[" + MarkdownText.inline(Pictures.fileName(src)) + "]("
                + MarkdownText.destination(writer.conversion.links().link(src)) + ")");
    }
}
