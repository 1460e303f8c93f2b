package news.dateline.imports.internal.body;

import java.util.Optional;
import org.jsoup.nodes.Element;

/** A source picture as a library image ({@code ![alt](/media/<key>/<name>)}), or a plain link when it cannot be had. */
final class Pictures {

    /** What a picture became: its Markdown, and whether it is a library image. */
    record Picture(String markdown, boolean resolved) {
    }

    private Pictures() {
    }

    static Picture of(Element img, Conversion conversion) {
        String src = source(img);
        if (src.isEmpty()) {
            conversion.note("picture without an address dropped");
            return new Picture("", false);
        }
        if (src.startsWith("data:")) {
            conversion.note("picture written into the page (data: address) dropped");
            return new Picture("", false);
        }
        String alt = MarkdownText.inline(img.attr("alt").strip().replaceAll("\\s+", " "));
        Optional<String> address = conversion.links().image(src);
        if (address.isPresent()) {
            return new Picture("![" + alt + "](" + MarkdownText.destination(address.get()) + ")", true);
        }
        conversion.note("picture not found, kept as a link: " + src);
        String text = alt.isEmpty() ? MarkdownText.inline(fileName(src)) : alt;
        return new Picture("[" + text + "](" + MarkdownText.destination(conversion.links().link(src)) + ")", false);
    }

    /** The picture's address: {@code src}, or the lazy-loading attribute a theme put it in. */
    static String source(Element img) {
        for (String attr : new String[] {"src", "data-src", "data-lazy-src", "data-orig-file"}) {
            String value = img.attr(attr).strip();
            if (!value.isEmpty() && !(attr.equals("src") && value.startsWith("data:") && img.hasAttr("data-src"))) {
                return value;
            }
        }
        return "";
    }

    /** Whether a link around a picture only leads to the picture itself (its file, or another size of it). */
    static boolean linksToItself(String href, String src) {
        String link = stem(href);
        String pic = stem(src);
        return link.equals(pic) || href.matches("(?i).*\\.(jpe?g|png|gif|webp|avif)(\\?.*)?$")
                || href.contains("attachment_id=") || href.contains("/attachment/");
    }

    private static String stem(String url) {
        String name = fileName(url);
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return base.replaceFirst("-\\d+x\\d+$", "").replaceFirst("-scaled$", "");
    }

    static String fileName(String url) {
        String path = url.replaceFirst("[?#].*$", "");
        int slash = path.lastIndexOf('/');
        return slash >= 0 ? path.substring(slash + 1) : path;
    }
}
