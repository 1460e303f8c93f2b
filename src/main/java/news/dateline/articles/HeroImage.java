package news.dateline.articles;

/**
 * The lead image of a story: an image from the media library and, optionally, a caption for this
 * story that replaces the library caption (null keeps the library's).
 */
public record HeroImage(long imageId, String caption) {
}
