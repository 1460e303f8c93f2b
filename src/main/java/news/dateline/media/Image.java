package news.dateline.media;

import java.time.Instant;
import java.util.List;

/**
 * An image in the library with its metadata and the widths of its stored renditions (ascending).
 * Rendition URLs are immutable: a stored key never changes its pixels.
 */
public record Image(long id, String storageKey, int width, int height, List<Integer> renditionWidths,
                    String caption, String altText, ImageCredit credit, Instant createdAt) {

    public Image {
        renditionWidths = List.copyOf(renditionWidths);
    }

    /** The public URL of the JPEG rendition of the given (stored) width. */
    public String url(int renditionWidth) {
        return "/media/" + storageKey + "/" + renditionWidth + ".jpg";
    }

    /** The height of a rendition of the given width, keeping the aspect ratio. */
    public int heightAt(int renditionWidth) {
        return Math.max(1, Math.round((float) height * renditionWidth / width));
    }

    /** The smallest stored width at least {@code wanted}, or the largest one. */
    public int widthFor(int wanted) {
        return renditionWidths.stream().filter(w -> w >= wanted).findFirst()
                .orElse(renditionWidths.get(renditionWidths.size() - 1));
    }

    /** A {@code srcset} value listing renditions up to {@code maxWidth}. */
    public String srcset(int maxWidth) {
        int limit = widthFor(maxWidth);
        return String.join(", ", renditionWidths.stream().filter(w -> w <= limit)
                .map(w -> url(w) + " " + w + "w").toList());
    }
}
