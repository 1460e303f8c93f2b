package news.dateline.media;

import java.time.Instant;
import java.util.List;

/**
 * An image in the library: its metadata, focal point, and the widths offered for it (ascending, none wider
 * than the image). Rendition URLs are immutable: a name never changes its pixels.
 *
 * @param focalX where the subject is, as a fraction of the width (0 left, 1 right); crops centre on it
 * @param focalY the same down the height
 */
public record Image(long id, String storageKey, int width, int height, List<Integer> renditionWidths,
                    String caption, String altText, ImageCredit credit, Instant createdAt, String copyrightNotice,
                    String licenseUrl, String acquireLicenseUrl, double focalX, double focalY, String uploadedBy) {

    public Image {
        renditionWidths = List.copyOf(renditionWidths);
    }

    /** The public URL of the full-picture JPEG rendition of the given (offered) width. */
    public String url(int renditionWidth) {
        return url(renditionWidth, "jpg");
    }

    public String url(int renditionWidth, String format) {
        return "/media/" + storageKey + "/" + new RenditionName(null, 50, 50, renditionWidth, format);
    }

    /** The public URL of a crop around the focal point. */
    public String cropUrl(Crop crop, int cropWidth, String format) {
        return "/media/" + storageKey + "/" + new RenditionName(crop, percent(focalX), percent(focalY), cropWidth, format);
    }

    /** The height of a rendition of the given width, keeping the aspect ratio. */
    public int heightAt(int renditionWidth) {
        return Math.max(1, Math.round((float) height * renditionWidth / width));
    }

    /** The smallest offered width at least {@code wanted}, or the largest one. */
    public int widthFor(int wanted) {
        return renditionWidths.stream().filter(w -> w >= wanted).findFirst()
                .orElse(renditionWidths.get(renditionWidths.size() - 1));
    }

    /** A {@code srcset} value listing renditions up to {@code maxWidth}, in the given format (jpg or webp). */
    public String srcset(int maxWidth, String format) {
        int limit = widthFor(maxWidth);
        return String.join(", ", renditionWidths.stream().filter(w -> w <= limit)
                .map(w -> url(w, format) + " " + w + "w").toList());
    }

    public String srcset(int maxWidth) {
        return srcset(maxWidth, "jpg");
    }

    /** A {@code srcset} of a crop around the focal point, up to {@code maxWidth}, in jpg or webp. */
    public String cropSrcset(Crop crop, int maxWidth, String format) {
        List<Integer> widths = cropWidths(crop);
        int limit = widths.stream().filter(w -> w >= maxWidth).findFirst().orElse(widths.get(widths.size() - 1));
        return String.join(", ", widths.stream().filter(w -> w <= limit)
                .map(w -> cropUrl(crop, w, format) + " " + w + "w").toList());
    }

    /** The widths offered for a crop: the responsive widths up to the crop's own width. */
    public List<Integer> cropWidths(Crop crop) {
        return offeredWidths(cropWidth(crop));
    }

    /** Responsive widths offered in {@code srcset}; a picture gets those not wider than itself (and its own width). */
    public static final List<Integer> WIDTHS = List.of(320, 480, 640, 800, 1024, 1280, 1600, 2048);

    public static List<Integer> offeredWidths(int pictureWidth) {
        List<Integer> widths = new java.util.ArrayList<>(WIDTHS.stream().filter(w -> w <= pictureWidth).toList());
        if (widths.isEmpty() || (pictureWidth < WIDTHS.get(WIDTHS.size() - 1) && widths.get(widths.size() - 1) < pictureWidth)) {
            widths.add(pictureWidth);
        }
        return List.copyOf(widths);
    }

    /** The largest width a crop of this shape can have (it is cut from the full picture). */
    public int cropWidth(Crop crop) {
        return crop.region(width, height, focalX, focalY)[2];
    }

    private static int percent(double fraction) {
        return (int) Math.round(Math.max(0, Math.min(1, fraction)) * 100);
    }
}
