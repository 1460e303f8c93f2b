package news.dateline.media;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.dateline.platform.SiteSettings;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Turns the library images placed in a story body into figures, as the hero is shown: a {@code <picture>} with a
 * WebP {@code srcset} and a JPEG fallback at the responsive widths, {@code sizes}, width and height (no layout
 * shift), alt text, lazy loading, and a {@code <figcaption>} with the caption and the credit line
 * ({@code dateline.site.image-credit-template}).
 * <p>
 * A body keeps only the rendition address ({@code ![alt](/media/<key>/1024.jpg "optional caption")}); the figure is
 * made from the image's library record each time a page or feed is built, so a changed caption or credit shows
 * everywhere the image is used (pages name {@code image-<id>} so the page cache drops them). Images from elsewhere,
 * or no longer in the library, are left as they are. A paragraph of two or more library images and nothing else is a
 * gallery of their figures ({@link Galleries}, ADR 0020).
 */
@Component
public class InlineImages {

    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6";

    private final MediaLibrary library;
    private final SiteSettings settings;

    InlineImages(MediaLibrary library, SiteSettings settings) {
        this.library = library;
        this.settings = settings;
    }

    /** A body's HTML with its library images as figures, and the images it shows, in order. */
    public record FiguredBody(String html, List<InlineImage> images) {
    }

    /**
     * Places figures for the library images in sanitized body HTML.
     *
     * @param sizes the {@code sizes} of the body column, e.g. {@code (min-width: 46em) 680px, 100vw}
     * @param maxWidth the widest rendition worth offering for that column
     */
    public FiguredBody figures(String html, String sizes, int maxWidth) {
        return figures(html, sizes, maxWidth, sizes);
    }

    /**
     * The same, where a paragraph of two or more library images and nothing else becomes a gallery: a
     * {@code <figure class="gallery gallery-2">} (or {@code gallery-3}, by count) of their figures, each with its own
     * caption and credit, offered at {@code gallerySizes}.
     */
    public FiguredBody figures(String html, String sizes, int maxWidth, String gallerySizes) {
        if (html == null || !html.contains("/media/")) {
            return new FiguredBody(html, List.of());
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        Map<Element, RenditionAddress> placed = new LinkedHashMap<>();
        for (Element img : doc.select("img[src]")) {
            RenditionAddress.parse(sitePath(img.attr("src"))).ifPresent(address -> placed.put(img, address));
        }
        Map<String, Image> images = library.findByKeys(placed.values().stream().map(RenditionAddress::storageKey)
                .distinct().toList());
        List<InlineImage> shown = new ArrayList<>();
        Map<Element, Element> lastAfter = new HashMap<>();
        Galleries galleries = Galleries.among(placed.entrySet().stream()
                .filter(e -> images.containsKey(e.getValue().storageKey())).map(Map.Entry::getKey).toList());
        placed.forEach((img, address) -> {
            Image image = images.get(address.storageKey());
            if (image == null) {
                return;
            }
            InlineImage inline = new InlineImage(image, address.name().crop(), or(img.attr("alt"), image.altText()),
                    or(img.attr("title"), image.caption()),
                    image.credit().isEmpty() ? "" : settings.creditLine(image.credit().display()));
            shown.add(inline);
            if (galleries.holds(img)) {
                galleries.place(img, figure(inline, img, gallerySizes, maxWidth));
            } else {
                place(img, figure(inline, img, sizes, maxWidth), lastAfter);
            }
        });
        galleries.paragraphs().forEach(p -> lastAfter.putIfAbsent(p, p));
        lastAfter.keySet().stream().filter(InlineImages::empty).forEach(Element::remove);
        return new FiguredBody(shown.isEmpty() ? html : doc.body().html(), List.copyOf(shown));
    }

    /**
     * Puts the figure where the image was. A figure may not sit inside a paragraph or heading, so an image in one
     * leaves it and its figure follows the paragraph (a paragraph left empty goes).
     */
    private static void place(Element img, Element figure, Map<Element, Element> lastAfter) {
        Element unit = linkAround(img);
        Element block = img.closest(BLOCKS);
        if (block == null) {
            unit.replaceWith(figure);
            return;
        }
        unit.remove();
        lastAfter.getOrDefault(block, block).after(figure);
        lastAfter.put(block, figure);
    }

    private static boolean empty(Element block) {
        return block.parent() != null && block.text().isBlank() && block.select("img, picture, video, iframe").isEmpty();
    }

    /** The link the image is the whole of, if it is one (it then links the picture), or the image itself. */
    static Element linkAround(Element img) {
        Element parent = img.parent();
        if (parent != null && parent.is("a") && parent.childrenSize() == 1 && parent.ownText().isBlank()) {
            return parent;
        }
        return img;
    }

    private static Element figure(InlineImage inline, Element img, String sizes, int maxWidth) {
        Element figure = new Element("figure").addClass("inline-image");
        Element link = linkAround(img);
        Element holder = link == img ? figure : figure.appendChild(link.shallowClone()).child(0);
        Element picture = holder.appendElement("picture");
        String jpeg = inline.srcset(maxWidth, "jpg");
        picture.appendElement("source").attr("type", "image/webp").attr("srcset", inline.srcset(maxWidth, "webp"))
                .attr("sizes", sizes);
        picture.appendElement("img").attr("src", inline.url(1024)).attr("srcset", jpeg).attr("sizes", sizes)
                .attr("width", String.valueOf(inline.width())).attr("height", String.valueOf(inline.height()))
                .attr("alt", inline.alt()).attr("loading", "lazy").attr("decoding", "async");
        if (!inline.caption().isEmpty() || !inline.creditLine().isEmpty()) {
            Element caption = figure.appendElement("figcaption");
            if (!inline.caption().isEmpty()) {
                caption.appendElement("span").addClass("caption").text(inline.caption());
            }
            if (!inline.creditLine().isEmpty()) {
                if (!inline.caption().isEmpty()) {
                    caption.appendText(" ");
                }
                caption.appendElement("small").addClass("credit").text(inline.creditLine());
            }
        }
        return figure;
    }

    /** The site path of an image address: as written, or without this site's own origin. */
    private String sitePath(String src) {
        return src.startsWith(settings.baseUrl() + "/") ? src.substring(settings.baseUrl().length()) : src;
    }

    private static String or(String given, String library) {
        return given == null || given.isBlank() ? (library == null ? "" : library.strip()) : given.strip();
    }
}
