package news.dateline.feeds.internal;

import java.io.OutputStream;
import org.springframework.stereotype.Component;

/**
 * Writes a feed as Atom (RFC 4287): a summary and the full body as escaped HTML per entry, authors with their
 * page, the hero image as an enclosure link and Media RSS content.
 */
@Component
class AtomWriter {

    private final FeedDates dates;

    AtomWriter(FeedDates dates) {
        this.dates = dates;
    }

    void write(Feed feed, OutputStream out) {
        try (XmlOut xml = new XmlOut(out)) {
            xml.open("feed", "", RssWriter.ATOM, "media", RssWriter.MEDIA).attribute("xml:lang", feed.language())
                    .element("id", feed.id())
                    .open("title").attribute("type", "text").text(feed.title()).close("title")
                    .open("subtitle").attribute("type", "text").text(feed.description()).close("subtitle")
                    .empty("link", "rel", "self", "type", "application/atom+xml", "href", feed.atomUrl())
                    .empty("link", "rel", "alternate", "type", "text/html", "href", feed.pageUrl())
                    .element("updated", dates.rfc3339(feed.updated() != null ? feed.updated() : java.time.Instant.EPOCH))
                    .open("author").element("name", feed.siteName()).close("author")
                    .element("generator", "Dateline")
                    .element("logo", feed.logoUrl());
            for (FeedItem item : feed.items()) {
                entry(xml, item, feed.language());
            }
            xml.close("feed");
        }
    }

    /** An entry; in another language than the feed's, it says which ({@code xml:lang}). */
    private void entry(XmlOut xml, FeedItem item, String feedLanguage) {
        xml.open("entry");
        if (!item.language().equalsIgnoreCase(feedLanguage)) {
            xml.attribute("xml:lang", item.language());
        }
        xml.element("id", item.guid())
                .open("title").attribute("type", "text").text(item.title()).close("title")
                .empty("link", "rel", "alternate", "type", "text/html", "href", item.url())
                .element("published", dates.rfc3339(item.published()))
                .element("updated", dates.rfc3339(item.updated()));
        for (FeedItem.Author author : item.authors()) {
            xml.open("author").element("name", author.name()).element("uri", author.url()).close("author");
        }
        xml.empty("category", "term", item.category());
        xml.open("summary").attribute("type", "text").text(item.summary()).close("summary");
        xml.open("content").attribute("type", "html").text(item.contentHtml()).close("content");
        if (item.image() != null) {
            var image = item.image();
            xml.empty("link", "rel", "enclosure", "type", "image/jpeg", "href", image.url());
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
        xml.close("entry");
    }
}
