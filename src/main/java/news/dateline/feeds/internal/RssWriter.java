package news.dateline.feeds.internal;

import java.io.OutputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes a feed as RSS 2.0, with the full body in {@code content:encoded}, authors as {@code dc:creator}, the hero
 * image as Media RSS and a self link (Atom namespace) as the RSS Advisory Board recommends.
 *
 * <p>RSS has no way to say whether a title or description is text or HTML, and feed readers decode descriptions
 * (and many decode titles) as HTML. So every plain-text value that goes into one (headline, SEO description, section
 * and person names) is HTML-escaped here and then XML-escaped by {@link XmlOut}: a reader decoding it once as HTML
 * shows {@code <script>} as those characters, never runs it. The body, already sanitized HTML, goes into
 * {@code content:encoded} escaped once. Atom says {@code type="text"} and needs none of this.
 */
@Component
class RssWriter {

    static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String MEDIA = "http://search.yahoo.com/mrss/";

    private final FeedDates dates;

    RssWriter(FeedDates dates) {
        this.dates = dates;
    }

    void write(Feed feed, OutputStream out) {
        try (XmlOut xml = new XmlOut(out)) {
            xml.open("rss", "atom", ATOM, "content", CONTENT, "dc", DC, "media", MEDIA).attribute("version", "2.0");
            xml.open("channel")
                    .element("title", html(feed.title()))
                    .element("link", feed.pageUrl())
                    .element("description", html(feed.description()))
                    .element("language", feed.language())
                    .empty("atom:link", "href", feed.rssUrl(), "rel", "self", "type", "application/rss+xml");
            if (feed.updated() != null) {
                xml.element("lastBuildDate", dates.rfc822(feed.updated()));
            }
            xml.element("generator", "Dateline");
            xml.open("image").element("url", feed.logoUrl()).element("title", html(feed.title()))
                    .element("link", feed.pageUrl()).close("image");
            for (FeedItem item : feed.items()) {
                item(xml, item, feed.language());
            }
            xml.close("channel").close("rss");
        }
    }

    /** An item; in another language than the channel's, it says which ({@code dc:language}). */
    private void item(XmlOut xml, FeedItem item, String channelLanguage) {
        xml.open("item")
                .element("title", html(item.title()))
                .element("link", item.url())
                .open("guid").attribute("isPermaLink", "false").text(item.guid()).close("guid")
                .element("pubDate", dates.rfc822(item.published()))
                .element("description", html(item.summary()))
                .element("category", item.category());
        for (FeedItem.Author author : item.authors()) {
            xml.element("dc:creator", author.name());
        }
        if (!item.language().equalsIgnoreCase(channelLanguage)) {
            xml.element("dc:language", item.language());
        }
        xml.open("content:encoded").text(item.contentHtml()).close("content:encoded");
        if (item.image() != null) {
            var image = item.image();
            xml.open("media:content").attribute("url", image.url()).attribute("type", "image/jpeg")
                    .attribute("medium", "image").attribute("width", String.valueOf(image.width()))
                    .attribute("height", String.valueOf(image.height()));
            if (!image.caption().isEmpty()) {
                xml.element("media:description", image.caption());
            }
            if (!image.credit().isEmpty()) {
                xml.element("media:credit", image.credit());
            }
            xml.close("media:content");
        }
        xml.close("item");
    }

    /** Plain text as HTML that shows exactly that text (quotes need no escaping outside attributes). */
    static @Nullable String html(@Nullable String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
