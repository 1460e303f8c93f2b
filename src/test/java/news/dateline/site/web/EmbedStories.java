package news.dateline.site.web;

import news.dateline.articles.Articles;
import news.dateline.media.MediaLibrary;
import news.dateline.support.Newsdesk;

/**
 * A published story of a test's own whose body has what an import brings (ADR 0020): a YouTube address alone in a
 * paragraph, an X post, an address that is no embed, and a gallery of three library images with an italic line after.
 */
final class EmbedStories {

    static final String VIDEO = "https://www.youtube.com/watch?v=ScMzIvxBSi4";
    static final String POST = "https://twitter.com/transit_example/status/1854000000000000000";
    static final String OTHER = "https://example.org/not-an-embed";

    private EmbedStories() {
    }

    static InlineStories.Filed publish(Newsdesk desk, Articles articles, MediaLibrary media, String label) {
        return new InlineStories(desk, articles, media).publish(label, "The festival crowd, picture %d", (headline, image) ->
                "First paragraph of " + headline + ".\n\n"
                + VIDEO + "\n\n"
                + "The opening night, in pictures:\n\n"
                + "![Crowds](" + image.url(1024) + ") ![Screen](" + image.url(800) + " \"The big screen\")\n"
                + "![Gate](" + image.url(640) + ")\n\n"
                + "*Pictures from the opening night.*\n\n"
                + "<" + POST + ">\n\n"
                + OTHER + "\n\n"
                + "Last paragraph.");
    }
}
