package news.dateline.newsroom.web;

/** One choice of a select or radio list. */
public record Option(String value, String label, boolean selected) {
}
