package news.dateline.articles;

import news.dateline.articles.internal.BodyRenderer;

/**
 * A story's body in its one canonical, diff-friendly format: CommonMark text.
 * {@link #html()} renders it to sanitized HTML: no script, event handler or {@code javascript:} URL survives.
 */
public record ArticleBody(String markdown) {

    public ArticleBody {
        markdown = markdown == null ? "" : markdown.replace("\r\n", "\n");
    }

    /** Sanitized HTML, safe to place in a page unescaped. */
    public String html() {
        return BodyRenderer.render(markdown);
    }
}
