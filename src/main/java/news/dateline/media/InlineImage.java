package news.dateline.media;

/**
 * A library image placed in a story body, as the reader gets it: the image's current library record and what the
 * placement says about it.
 *
 * @param image      the image's library record as it is now
 * @param crop       the crop the body asks for, or null for the full picture
 * @param alt        the body's alt text for it, or the library's when the body gives none
 * @param caption    the body's caption for it (the Markdown image title), or the library caption; may be empty
 * @param creditLine "Disclaimer: This image is taken from Reuters.", or empty when the library has no credit
 */
public record InlineImage(Image image, Crop crop, String alt, String caption, String creditLine) {

    /** The displayed width in pixels: the picture's or the crop's (the largest rendition). */
    public int width() {
        return crop == null ? image.width() : image.cropWidth(crop);
    }

    /** The displayed height in pixels, matching {@link #width()}. */
    public int height() {
        if (crop == null) {
            return image.height();
        }
        return crop.region(image.width(), image.height(), image.focalX(), image.focalY())[3];
    }

    /** The JPEG rendition at least {@code wanted} px wide (or the largest there is). */
    public String url(int wanted) {
        int width = widthFor(wanted);
        return crop == null ? image.url(width) : image.cropUrl(crop, width, "jpg");
    }

    /** The height of the rendition {@link #url(int)} names, for its width. */
    public int heightAt(int renditionWidth) {
        return Math.max(1, Math.round((float) height() * renditionWidth / width()));
    }

    /** The width of the rendition {@link #url(int)} names. */
    public int widthFor(int wanted) {
        if (crop == null) {
            return image.widthFor(wanted);
        }
        var widths = image.cropWidths(crop);
        return widths.stream().filter(w -> w >= wanted).findFirst().orElse(widths.get(widths.size() - 1));
    }

    /** A {@code srcset} of renditions up to {@code maxWidth}, in jpg or webp. */
    public String srcset(int maxWidth, String format) {
        return crop == null ? image.srcset(maxWidth, format) : image.cropSrcset(crop, maxWidth, format);
    }
}
