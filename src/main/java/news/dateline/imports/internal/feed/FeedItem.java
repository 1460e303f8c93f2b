package news.dateline.imports.internal.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamConstants;
import org.jspecify.annotations.Nullable;

/** One RSS {@code <item>} or Atom {@code <entry>} as read, each text bounded. */
final class FeedItem {

    static final int MAX_BODY = 16_000_000;
    static final int MAX_FIELD = 1_000_000;

    String id = "";
    String title = "";
    String link = "";
    String published = "";
    String updated = "";
    String content = "";
    String summary = "";
    String image = "";
    int comments;
    final List<String> authors = new ArrayList<>();
    final List<String> categories = new ArrayList<>();
    /** Why the item cannot be read (one element too large), null when it was. */
    @Nullable String unreadable;

    /** Reads the item or entry whose start element {@code xml} is at, up to and including its end. */
    static FeedItem read(XmlExport xml, boolean atom) {
        var item = new FeedItem();
        int level = xml.depth();
        try {
            while (true) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT && xml.depth() < level) {
                    return item;
                }
                if (event == XMLStreamConstants.START_ELEMENT && xml.depth() == level + 1) {
                    if (atom) {
                        item.atom(xml);
                    } else {
                        item.rss(xml);
                    }
                }
            }
        } catch (XmlExport.TooLarge e) {
            item.unreadable = e.getMessage();
            xml.closeTo(level);
            return item;
        }
    }

    private void rss(XmlExport xml) {
        switch (xml.name()) {
            case "title" -> title = FeedText.plain(xml.text(MAX_FIELD));
            case "link" -> link = xml.text(MAX_FIELD).strip();
            case "guid" -> id = xml.text(MAX_FIELD).strip();
            case "pubDate" -> published = xml.text(MAX_FIELD);
            case "dc:date" -> published = published.isEmpty() ? xml.text(MAX_FIELD) : published;
            case "dc:creator" -> author(xml.text(MAX_FIELD));
            case "author" -> author(FeedText.authorName(xml.text(MAX_FIELD)));
            case "category" -> category(xml.text(MAX_FIELD));
            case "description" -> summary = xml.text(MAX_BODY);
            case "content:encoded" -> content = xml.text(MAX_BODY);
            case "slash:comments" -> comments = number(xml.text(MAX_FIELD));
            case "media:content", "media:thumbnail", "enclosure" -> image(xml);
            default -> { }
        }
    }

    private void atom(XmlExport xml) {
        switch (xml.name()) {
            case "atom:id" -> id = xml.text(MAX_FIELD).strip();
            case "atom:title" -> title = FeedText.plain(body(xml));
            case "atom:link" -> {
                String rel = xml.attribute("rel");
                if ((rel.isEmpty() || rel.equals("alternate")) && link.isEmpty()) {
                    link = xml.attribute("href").strip();
                } else if (rel.equals("enclosure")) {
                    image(xml);
                }
            }
            case "atom:published" -> published = xml.text(MAX_FIELD);
            case "atom:updated" -> updated = xml.text(MAX_FIELD);
            case "atom:author" -> atomAuthors(xml).forEach(this::author);
            case "atom:category" -> category(xml.attribute("label").isBlank() ? xml.attribute("term")
                    : xml.attribute("label"));
            case "atom:content" -> content = xml.attribute("src").isEmpty() ? body(xml) : "";
            case "atom:summary" -> summary = body(xml);
            default -> { }
        }
    }

    /** The names in the Atom {@code <author>} element {@code xml} is at, up to its end. */
    static List<String> atomAuthors(XmlExport xml) {
        List<String> names = new ArrayList<>();
        int level = xml.depth();
        while (xml.depth() >= level) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.name().equals("atom:name")) {
                String name = xml.text(MAX_FIELD).strip();
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        return List.copyOf(names);
    }

    /** Atom text constructs: {@code type="html"} escaped HTML, {@code xhtml} inline markup, {@code text} plain. */
    private static String body(XmlExport xml) {
        return switch (xml.attribute("type").toLowerCase(Locale.ROOT)) {
            case "html", "text/html" -> xml.text(MAX_BODY).strip();
            case "xhtml", "application/xhtml+xml" -> xml.markup(MAX_BODY);
            default -> FeedText.paragraphs(xml.text(MAX_BODY));
        };
    }

    private void image(XmlExport xml) {
        String type = xml.attribute("type");
        String medium = xml.attribute("medium");
        if (image.isEmpty() && (medium.equals("image") || type.startsWith("image/")
                || (medium.isEmpty() && type.isEmpty() && xml.name().equals("media:thumbnail")))) {
            image = xml.attribute(xml.name().equals("atom:link") ? "href" : "url").strip();
        }
    }

    private void author(String name) {
        String value = name.strip();
        if (!value.isEmpty() && !authors.contains(value) && authors.size() < 20) {
            authors.add(value);
        }
    }

    private void category(String name) {
        String value = FeedText.plain(name);
        if (!value.isEmpty() && !categories.contains(value) && categories.size() < 100) {
            categories.add(value);
        }
    }

    private static int number(String text) {
        try {
            return Math.max(0, Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
