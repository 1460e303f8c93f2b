package news.dateline.articles;

import news.dateline.articles.internal.BodyRenderer;

/**
 * A story's body in its one canonical, diff-friendly format: CommonMark text.
 * {@link #html()} is it rendered to sanitized HTML: no script, event handler or {@code javascript:} URL survives.
 *
 * @param rendered the HTML as rendered when the story was saved, or null (then it is rendered when asked)
 */
public record ArticleBody(String markdown, String rendered) {

    public ArticleBody {
        markdown = markdown == null ? "" : markdown.replace("\r\n", "\n");
    }

    public ArticleBody(String markdown) {
        this(markdown, null);
    }

    /** Sanitized HTML, safe to place in a page unescaped. */
    public String html() {
        return rendered != null ? rendered : BodyRenderer.render(markdown);
    }
}
