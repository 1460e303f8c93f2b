package news.dateline.newsroom.web;

/** An image from the library offered as a story's hero image. */
public record ImageChoice(String value, String thumbnail, String label, boolean selected) {
}
