package news.dateline.site.web;

/**
 * A responsive image ready for a {@code <picture>}: fallback JPEG {@code src}, JPEG and WebP {@code srcset}s of
 * width descriptors, {@code sizes}, the intrinsic width and height (so nothing shifts) and alt text.
 */
public record ImageView(String src, String srcset, String webpSrcset, String sizes, int width, int height, String alt) {
}
