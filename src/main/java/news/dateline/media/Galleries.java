package news.dateline.media;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The galleries of one body (ADR 0020): each paragraph that holds two or more library images (each maybe the whole of
 * a link) and nothing else but spaces and line breaks. Its figures go, in order, into one
 * {@code <figure class="gallery gallery-2|3">} placed where the paragraph was: 2 columns for 2 or 4 images, else 3.
 */
final class Galleries {

    private final Set<Element> paragraphs;
    private final Map<Element, Element> figures = new LinkedHashMap<>();

    private Galleries(Set<Element> paragraphs) {
        this.paragraphs = paragraphs;
    }

    /** The gallery paragraphs among the parents of {@code libraryImages} (images whose library record was found). */
    static Galleries among(Collection<Element> libraryImages) {
        Map<Element, Integer> counts = new HashMap<>();
        for (Element img : libraryImages) {
            Element parent = InlineImages.linkAround(img).parent();
            if (parent != null && parent.nameIs("p")) {
                counts.merge(parent, 1, Integer::sum);
            }
        }
        Set<Element> units = new HashSet<>();
        libraryImages.forEach(img -> units.add(InlineImages.linkAround(img)));
        Set<Element> paragraphs = new HashSet<>();
        counts.forEach((p, count) -> {
            if (count >= 2 && p.childNodes().stream().allMatch(node -> isGap(node) || units.contains(node))) {
                paragraphs.add(p);
            }
        });
        return new Galleries(paragraphs);
    }

    private static boolean isGap(Node node) {
        return node instanceof TextNode text && text.isBlank() || node instanceof Element e && e.nameIs("br");
    }

    /** Whether this image's figure goes into a gallery. */
    boolean holds(Element img) {
        Element parent = InlineImages.linkAround(img).parent();
        return parent != null && paragraphs.contains(parent);
    }

    /** Puts the figure of {@code img} in its paragraph's gallery, in the image's place (which it leaves). */
    void place(Element img, Element figure) {
        Element unit = InlineImages.linkAround(img);
        Element paragraph = unit.parent();
        Element gallery = figures.computeIfAbsent(paragraph, p -> {
            Element made = new Element("figure").addClass("gallery");
            p.before(made);
            return made;
        });
        unit.remove();
        gallery.appendChild(figure);
        int count = gallery.childrenSize();
        gallery.attr("class", "gallery " + (count == 2 || count == 4 ? "gallery-2" : "gallery-3"));
    }

    /** The gallery paragraphs, emptied of their images. */
    Set<Element> paragraphs() {
        return paragraphs;
    }
}
