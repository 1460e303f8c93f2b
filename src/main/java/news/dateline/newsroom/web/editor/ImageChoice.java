package news.dateline.newsroom.web.editor;

/**
 * An image from the library offered as a story's hero image, with the Markdown that places it inline in the body.
 */
public record ImageChoice(String value, String thumbnail, String label, boolean selected, String inlineMarkdown) {
}
