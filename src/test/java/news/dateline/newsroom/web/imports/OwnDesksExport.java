package news.dateline.newsroom.web.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The shared WordPress export with its categories renamed ({@code world} → {@code wp-world}, ...): these tests import
 * into the application every site test shares, and the real categories would file the archive into the demo's own
 * World, Politics and Business desks (pushing the seed story off its front, adding stories the demo tests count).
 */
final class OwnDesksExport {

    private static final List<String> CATEGORIES = List.of("world", "politics", "business", "markets", "culture",
            "uncategorized");
    private static Path copy;

    private OwnDesksExport() {
    }

    /** A copy under the temporary folder, named as the original. */
    static synchronized Path wxr() {
        if (copy == null) {
            try {
                String xml = Files.readString(Path.of("src/test/resources/imports/wordpress-wxr.xml"), StandardCharsets.UTF_8);
                for (String slug : CATEGORIES) {
                    xml = xml.replace("domain=\"category\" nicename=\"" + slug + "\"", "domain=\"category\" nicename=\"wp-" + slug + "\"")
                            .replace("<wp:category_nicename><![CDATA[" + slug + "]]>", "<wp:category_nicename><![CDATA[wp-" + slug + "]]>")
                            .replace("<wp:category_parent><![CDATA[" + slug + "]]>", "<wp:category_parent><![CDATA[wp-" + slug + "]]>")
                            .replace("<wp:term_slug><![CDATA[" + slug + "]]>", "<wp:term_slug><![CDATA[wp-" + slug + "]]>");
                }
                Path folder = Files.createTempDirectory("own-desks");
                copy = Files.writeString(folder.resolve("wordpress-wxr.xml"), xml, StandardCharsets.UTF_8).toAbsolutePath();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return copy;
    }
}
