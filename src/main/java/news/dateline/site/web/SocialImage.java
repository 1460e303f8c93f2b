package news.dateline.site.web;

import java.util.List;
import news.dateline.media.Crop;
import news.dateline.media.Image;

/**
 * A crop of an image as structured data and social cards want it: the smallest rendition at least
 * {@value #MIN_WIDTH} px wide (the largest there is when the picture is smaller), as JPEG, with its exact
 * size (as the renditions compute it).
 */
record SocialImage(Crop crop, String url, int width, int height) {

    static final int MIN_WIDTH = 1200;

    static SocialImage of(Image image, Crop crop) {
        List<Integer> widths = image.cropWidths(crop);
        int width = widths.stream().filter(w -> w >= MIN_WIDTH).findFirst().orElse(widths.get(widths.size() - 1));
        int[] region = crop.region(image.width(), image.height(), image.focalX(), image.focalY());
        int height = Math.max(1, Math.round((float) region[3] * width / region[2]));
        return new SocialImage(crop, image.cropUrl(crop, width, "jpg"), width, height);
    }

    /** The 16:9, 4:3 and 1:1 crops, in that order. */
    static List<SocialImage> crops(Image image) {
        return List.of(of(image, Crop.WIDE), of(image, Crop.STANDARD), of(image, Crop.SQUARE));
    }
}
