package news.dateline.articles;

import news.dateline.articles.internal.BodyRenderer;

/**
 * A story's body in its one canonical, diff-friendly format: CommonMark text.
 * {@link #html()} is it rendered to sanitized HTML: no script, event handler or {@code javascript:} URL survives.
 * <p>
 * Public reads leave out what readers never see: a story read for the public site carries its rendered HTML but
 * not its CommonMark text, and a story read for a card carries no body at all. Asking for a part that was not read
 * is a programming error and throws, rather than passing for an empty body.
 *
 * @param markdown the CommonMark text, or null when it was not read
 * @param rendered the HTML as rendered when the story was saved, or null (then it is rendered when asked)
 */
public record ArticleBody(String markdown, String rendered) {

    public ArticleBody {
        markdown = markdown == null ? null : markdown.replace("\r\n", "\n");
    }

    /** A body written or edited now: never null ({@code null} reads as empty text). */
    public ArticleBody(String markdown) {
        this(markdown == null ? "" : markdown, null);
    }

    /** The CommonMark text, for editing. */
    @Override
    public String markdown() {
        if (markdown == null) {
            throw new IllegalStateException("This story was read for the public site without its CommonMark text;"
                    + " read it by id to edit it");
        }
        return markdown;
    }

    /** Sanitized HTML, safe to place in a page unescaped. */
    public String html() {
        if (rendered != null) {
            return rendered;
        }
        if (markdown == null) {
            throw new IllegalStateException("This story was read for a card, without its body");
        }
        return BodyRenderer.render(markdown);
    }

    /**
     * {@link #html()} for channels that run no script (feeds): each click-to-load embed card (ADR 0020) is a plain
     * paragraph linking to the video or post instead.
     */
    public String htmlWithoutScript() {
        return BodyRenderer.withEmbedsAsLinks(html());
    }

    /** Whether the body was read at all (stories read for cards carry none). */
    public boolean isLoaded() {
        return markdown != null || rendered != null;
    }
}
