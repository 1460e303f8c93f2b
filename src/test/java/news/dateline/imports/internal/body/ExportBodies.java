package news.dateline.imports.internal.body;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The bodies of the shared real exports (copied to {@code src/test/resources/imports/}), read with a DOM / a tree. */
final class ExportBodies {

    private static final String WP = "http://wordpress.org/export/1.2/";
    private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";

    private ExportBodies() {
    }

    /** {@code wp:post_id} → {@code content:encoded} of every post and page of {@code wordpress-wxr.xml}. */
    static Map<String, String> wordpress() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Map<String, String> bodies = new LinkedHashMap<>();
        try (InputStream in = resource("wordpress-wxr.xml")) {
            NodeList items = factory.newDocumentBuilder().parse(in).getElementsByTagName("item");
            for (int i = 0; i < items.getLength(); i++) {
                Element item = (Element) items.item(i);
                String type = item.getElementsByTagNameNS(WP, "post_type").item(0).getTextContent();
                if (type.equals("post") || type.equals("page")) {
                    bodies.put(item.getElementsByTagNameNS(WP, "post_id").item(0).getTextContent(),
                            item.getElementsByTagNameNS(CONTENT, "encoded").item(0).getTextContent());
                }
            }
        }
        return bodies;
    }

    /** Title → {@code html} of every post and page of {@code ghost-export.json}, {@code __GHOST_URL__} replaced. */
    static Map<String, String> ghost() throws Exception {
        Map<String, String> bodies = new LinkedHashMap<>();
        try (InputStream in = resource("ghost-export.json")) {
            JsonNode posts = JsonMapper.builder().build().readTree(in).path("db").path(0).path("data").path("posts");
            for (JsonNode post : posts) {
                bodies.put(post.path("title").asString(),
                        post.path("html").asString().replace("__GHOST_URL__", "http://127.0.0.1:2368"));
            }
        }
        return bodies;
    }

    private static InputStream resource(String name) {
        InputStream in = ExportBodies.class.getResourceAsStream("/imports/" + name);
        if (in == null) {
            throw new IllegalStateException("test resource imports/" + name + " is missing");
        }
        return in;
    }
}
