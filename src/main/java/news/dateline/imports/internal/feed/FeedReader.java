package news.dateline.imports.internal.feed;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamConstants;
import news.dateline.imports.internal.source.SourceException;
import news.dateline.imports.internal.source.SourceItem;
import news.dateline.imports.internal.source.SourcePerson;
import news.dateline.imports.internal.source.SourceReader;
import news.dateline.imports.internal.source.SourceSite;
import news.dateline.imports.internal.source.SourceSkipped;
import news.dateline.imports.internal.source.SourceTerm;
import news.dateline.platform.Slug;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads an RSS 2.0 or Atom 1.0 feed file (the engine downloads a feed given by URL) in one streamed pass: the site
 * from the channel, then each item as a published story, each author and category (as a tag) emitted just before
 * the first item naming it. Feeds have no media items: their pictures stay URLs in the bodies (and the item's
 * {@code media:content} or image enclosure becomes its featured picture's URL).
 */
@Component
public class FeedReader implements SourceReader {

    static final String WHAT = "feed";

    @Override
    public String platform() {
        return "feed";
    }

    @Override
    public void read(Path export, Consumer<SourceItem> out) {
        try (var xml = XmlExport.open(export, WHAT)) {
            new Reading(xml, out).run();
        }
    }

    /** One read of one feed: what has been emitted so far. */
    private static final class Reading {
        private final XmlExport xml;
        private final Consumer<SourceItem> out;
        private final Map<String, String> channel = new HashMap<>();
        private final Set<String> people = new HashSet<>();
        private final Set<String> tags = new HashSet<>();
        /** Atom: the feed's own authors, for entries that name none. */
        private List<String> feedAuthor = List.of();
        private boolean atom;
        private boolean siteSent;
        private int items;

        Reading(XmlExport xml, Consumer<SourceItem> out) {
            this.xml = xml;
            this.out = out;
        }

        void run() {
            int root = -1;
            while (true) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_DOCUMENT) {
                    break;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = xml.name();
                if (root < 0) {
                    root = start(name);
                } else if (xml.depth() == root + 1) {
                    child(name);
                }
            }
            if (root < 0) {
                throw new SourceException("The feed has no elements.");
            }
            site(null);
        }

        /** Checks the root; returns the depth of the element items sit in (RSS channel 2, Atom feed 1). */
        private int start(String name) {
            if (name.equals("rss")) {
                channel.put("version", "rss " + xml.attribute("version"));
                return 2;
            }
            if (name.equals("atom:feed")) {
                atom = true;
                channel.put("version", "atom");
                channel.put("language", xml.language());
                return 1;
            }
            throw new SourceException("This file is not an RSS or Atom feed: it starts with <" + name
                    + "> where a feed starts with <rss> or <feed>.");
        }

        private void child(String name) {
            switch (name) {
                case "item", "atom:entry" -> item(FeedItem.read(xml, atom));
                case "title", "atom:title" -> channel.putIfAbsent("title", FeedText.plain(xml.text(FeedItem.MAX_FIELD)));
                case "link" -> channel.putIfAbsent("link", xml.text(FeedItem.MAX_FIELD).strip());
                case "atom:link" -> {
                    String rel = xml.attribute("rel");
                    if (rel.isEmpty() || rel.equals("alternate")) {
                        channel.putIfAbsent("link", xml.attribute("href").strip());
                    }
                }
                case "language" -> channel.put("language", xml.text(FeedItem.MAX_FIELD).strip());
                case "wp:wxr_version" -> throw new SourceException("This is a WordPress export (WXR), not a feed:"
                        + " import it as a WordPress export.");
                case "atom:author" -> feedAuthor = FeedItem.atomAuthors(xml);
                default -> { }
            }
        }

        private void item(FeedItem item) {
            int number = ++items;
            if (item.unreadable != null) {
                site(null);
                out.accept(new SourceSkipped(item.id, "item", item.title, "Feed item " + number
                        + (item.title.isEmpty() ? "" : " \"" + item.title + "\"") + " was not imported: "
                        + item.unreadable + "."));
                return;
            }
            if (item.authors.isEmpty()) {
                item.authors.addAll(feedAuthor);
            }
            var post = FeedPosts.post(item, number);
            site(post.published() == null ? null : FeedDates.parse(item.published));
            post.authorIds().forEach(this::person);
            for (String tag : post.tagIds()) {
                if (tags.add(tag)) {
                    out.accept(new SourceTerm(tag, SourceTerm.Kind.TAG, Slug.derive(tag).map(Slug::value).orElse(""),
                            tag, "", "", false, ""));
                }
            }
            out.accept(post);
            if (item.comments > 0) {
                out.accept(new SourceSkipped(post.sourceId(), "comment", item.comments
                        + (item.comments == 1 ? " comment" : " comments") + " not imported (the feed holds only their count)"));
            }
        }

        private void person(String name) {
            if (people.add(name)) {
                out.accept(new SourcePerson(name, Slug.derive(name).map(Slug::value).orElse(""), name, "", "", "", ""));
            }
        }

        /** Emits the site once, before the first item; its zone is the first dated item's offset (UTC if none). */
        private void site(@Nullable OffsetDateTime firstDate) {
            if (siteSent) {
                return;
            }
            siteSent = true;
            String link = channel.getOrDefault("link", "").strip();
            while (link.endsWith("/")) {
                link = link.substring(0, link.length() - 1);
            }
            ZoneId zone = firstDate == null || firstDate.getOffset().equals(ZoneOffset.UTC) ? ZoneOffset.UTC
                    : firstDate.getOffset();
            String title = channel.getOrDefault("title", "");
            out.accept(new SourceSite(link.isEmpty() ? title : link, "feed", channel.getOrDefault("version", ""),
                    title, link, zone, "", channel.getOrDefault("language", "")));
        }
    }
}
