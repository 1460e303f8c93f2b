package news.dateline.site.web;

/**
 * A responsive image ready for an {@code <img>}: fallback {@code src}, {@code srcset} of width
 * descriptors, {@code sizes}, the intrinsic width and height (so nothing shifts) and alt text.
 */
public record ImageView(String src, String srcset, String sizes, int width, int height, String alt) {
}
