package news.dateline.imports.internal.wordpress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import news.dateline.imports.internal.feed.XmlExport;
import org.jspecify.annotations.Nullable;

/**
 * One {@code <item>} of a WXR file as read: a post, page, attachment or anything else WordPress keeps in its posts
 * table. Only the postmeta this importer uses is kept; each text is bounded, so one item never costs more than
 * about {@value #MAX_BODY} characters however hostile the file.
 */
final class WxrItem {

    static final int MAX_BODY = 16_000_000;
    static final int MAX_FIELD = 1_000_000;
    /** More distinct fields or term references than any real item has: the rest are read and dropped. */
    static final int MAX_FIELDS = 200;
    static final int MAX_TERMS = 2_000;
    static final Set<String> META = Set.of("_thumbnail_id", "_wp_attachment_image_alt", "_wp_attachment_metadata",
            "_wp_attached_file", "_yoast_wpseo_title", "_yoast_wpseo_metadesc", "_yoast_wpseo_canonical",
            "_yoast_wpseo_primary_category", "rank_math_title", "rank_math_description", "rank_math_canonical_url");

    /** A {@code <category domain nicename>} reference. */
    record TermRef(String domain, String nicename, String label) {
    }

    final Map<String, String> fields = new HashMap<>();
    final Map<String, String> meta = new HashMap<>();
    final List<TermRef> terms = new ArrayList<>();
    int comments;
    int pendingComments;
    /** Why the item cannot be read (one element too large), null when it was. */
    @Nullable String unreadable;

    /** Reads the item whose start element {@code xml} is at, up to and including its end. */
    static WxrItem read(XmlExport xml) {
        var item = new WxrItem();
        int level = xml.depth();
        try {
            while (true) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT && xml.depth() < level) {
                    return item;
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    item.child(xml);
                }
            }
        } catch (XmlExport.TooLarge e) {
            item.unreadable = e.getMessage();
            xml.closeTo(level);
            return item;
        }
    }

    private void child(XmlExport xml) {
        String name = xml.name();
        switch (name) {
            case "category" -> {
                var ref = new TermRef(xml.attribute("domain"), xml.attribute("nicename"), xml.text(MAX_FIELD).strip());
                if (terms.size() < MAX_TERMS) {
                    terms.add(ref);
                }
            }
            case "wp:postmeta" -> postmeta(xml);
            case "wp:comment" -> comment(xml);
            case "content:encoded" -> fields.put(name, xml.text(MAX_BODY));
            default -> {
                String text = xml.text(MAX_FIELD).strip();
                if (fields.size() < MAX_FIELDS || fields.containsKey(name)) {
                    fields.put(name, text);
                }
            }
        }
    }

    private void postmeta(XmlExport xml) {
        int level = xml.depth();
        String key = "";
        while (xml.depth() >= level) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                if (xml.name().equals("wp:meta_key")) {
                    key = xml.text(MAX_FIELD).strip();
                } else if (xml.name().equals("wp:meta_value") && META.contains(key)) {
                    meta.put(key, xml.text(MAX_FIELD).strip());
                } else {
                    xml.text(MAX_BODY);
                }
            }
        }
    }

    private void comment(XmlExport xml) {
        int level = xml.depth();
        comments++;
        while (xml.depth() >= level) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                String name = xml.name();
                String value = xml.text(MAX_BODY).strip();
                if (name.equals("wp:comment_approved") && value.equals("0")) {
                    pendingComments++;
                }
            }
        }
    }

    String field(String name) {
        return fields.getOrDefault(name, "");
    }

    String meta(String key) {
        return meta.getOrDefault(key, "");
    }

    String id() {
        return field("wp:post_id");
    }

    String type() {
        return field("wp:post_type");
    }

    String status() {
        return field("wp:status");
    }

    boolean attachment() {
        return type().equals("attachment");
    }

    int number(String name) {
        try {
            return Integer.parseInt(field(name));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
