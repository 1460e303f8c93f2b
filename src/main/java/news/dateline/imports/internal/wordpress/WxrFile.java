package news.dateline.imports.internal.wordpress;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import news.dateline.imports.internal.feed.XmlExport;
import news.dateline.imports.internal.source.SourceException;

/**
 * One pass over a WXR file: checks it is one ({@code <rss>} with WordPress's namespace), then hands every child of
 * {@code <channel>} to a visitor, one at a time, never holding more than one of them.
 */
final class WxrFile {

    static final String WHAT = "WordPress export";

    /** Gets each child of {@code <channel>}: the channel's own fields, authors, terms and items. */
    interface Visitor {
        /** Called at the child's start element; whatever it does not read is skipped. */
        void element(String name, XmlExport xml);
    }

    private WxrFile() {
    }

    static void walk(Path file, Visitor visitor) {
        try (var xml = XmlExport.open(file, WHAT)) {
            boolean root = true;
            boolean wordpress = false;
            while (true) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_DOCUMENT) {
                    break;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = xml.name();
                if (root) {
                    refuseOthers(name);
                    root = false;
                } else if (xml.depth() == 2 && !name.equals("channel")) {
                    xml.closeTo(2);
                } else if (xml.depth() == 3) {
                    wordpress |= name.startsWith("wp:");
                    if (!wordpress && name.equals("item")) {
                        throw new SourceException("This is an RSS feed, not a WordPress export (it has no wp:wxr_version):"
                                + " import it as a feed.");
                    }
                    visitor.element(name, xml);
                    xml.closeTo(3);
                }
            }
            if (!wordpress) {
                throw new SourceException("This file is not a WordPress export: it has no WordPress (wp:) elements.");
            }
        }
    }

    private static void refuseOthers(String root) {
        if (root.equals("atom:feed")) {
            throw new SourceException("This is an Atom feed, not a WordPress export: import it as a feed.");
        }
        if (!root.equals("rss")) {
            throw new SourceException("This file is not a WordPress export: it starts with <" + root
                    + "> where a WXR file starts with <rss>.");
        }
    }

    /** The simple children of the element {@code xml} is at ({@code wp:author_login} to its text), up to its end. */
    static Map<String, String> fields(XmlExport xml) {
        Map<String, String> fields = new LinkedHashMap<>();
        int level = xml.depth();
        while (xml.depth() >= level) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                String name = xml.name();
                String text = xml.text(WxrItem.MAX_FIELD).strip();
                if (fields.size() < 100) {
                    fields.put(name, text);
                }
            }
        }
        return fields;
    }
}
