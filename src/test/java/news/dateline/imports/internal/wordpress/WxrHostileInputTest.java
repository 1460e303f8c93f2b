package news.dateline.imports.internal.wordpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import news.dateline.imports.internal.source.SourceException;
import news.dateline.imports.internal.source.SourceItem;
import news.dateline.imports.internal.source.SourcePost;
import news.dateline.imports.internal.source.SourceSkipped;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken and hostile files get one plain line each (or one skipped item), fast and in bounded memory. */
class WxrHostileInputTest {

    static final String HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"
                 xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel><title>T</title><wp:wxr_version>1.2</wp:wxr_version>
            <wp:base_site_url>http://example.test</wp:base_site_url>
            """;

    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static List<SourceItem> read(Path file) {
        List<SourceItem> items = new ArrayList<>();
        new WxrReader().read(file, items::add);
        return items;
    }

    private static void refused(Path file, String... words) {
        assertThatThrownBy(() -> read(file)).isInstanceOf(SourceException.class)
                .hasMessageContainingAll(words)
                .message().doesNotContain("Exception", "ParseError", "\n");
    }

    @Test
    void aDoctypeWithAnExternalEntityIsRefusedUnread() throws IOException {
        Path secret = file("secret.txt", "TOP-SECRET");
        Path xxe = file("xxe.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE rss [ <!ENTITY leak SYSTEM "%s"> ]>
                <rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>&leak;</title>
                <wp:wxr_version>1.2</wp:wxr_version></channel></rss>
                """.formatted(secret.toUri()));
        refused(xxe, "DOCTYPE", "refused");
    }

    @Test
    void billionLaughsIsRefusedBeforeAnyExpansion() throws IOException {
        var lol = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            lol.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">\n");
        }
        lol.append("]>\n<rss xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel><title>&lol9;</title></channel></rss>");
        refused(file("lol.xml", lol.toString()), "DOCTYPE");
    }

    @Test
    void anUndeclaredEntityIsRefused() throws IOException {
        refused(file("entity.xml", HEAD + "<item><title>&nbsp;</title></item></channel></rss>"), "WordPress export");
    }

    @Test
    void aTruncatedExportSaysSo() throws IOException {
        String real = Files.readString(WxrReaderTest.resource("wordpress-wxr.xml"));
        refused(file("cut.xml", real.substring(0, real.length() / 2)), "truncated");
    }

    @Test
    void notXmlEmptyAndOtherFilesAreRefusedPlainly() throws IOException {
        refused(file("empty.xml", ""), "empty");
        refused(file("text.xml", "This is not XML at all, just a letter.\n"), "not an XML file");
        Path png = dir.resolve("x.png");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        refused(png, "WordPress export");
        refused(dir.resolve("missing.xml"), "does not exist");
        refused(file("atom.xml", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>x</title></feed>"), "Atom feed");
        refused(WxrReaderTest.resource("wordpress-rss.xml"), "RSS feed", "import it as a feed");
        refused(file("html.xml", "<html><body><p>Hello</p></body></html>"), "<html>");
    }

    @Test
    void fiftyMegabytesOfNestedElementsStopAtTheDepthLimit() throws IOException {
        Path nested = dir.resolve("nested.xml");
        try (BufferedWriter out = Files.newBufferedWriter(nested)) {
            out.write(HEAD + "<item>");
            for (long written = 0; written < 50_000_000L; written += 5) {
                out.write("<a b>");
            }
        }
        assertThat(Files.size(nested)).isGreaterThan(50_000_000L);
        // <a b> is malformed too; nested well-formed garbage is refused for its depth.
        refused(nested, "WordPress export");
        Path deep = dir.resolve("deep.xml");
        try (BufferedWriter out = Files.newBufferedWriter(deep)) {
            out.write(HEAD + "<item>");
            for (long written = 0; written < 50_000_000L; written += 3) {
                out.write("<a>");
            }
        }
        refused(deep, "nests elements more than 64 deep");
    }

    @Test
    void aFiftyMegabyteBodySkipsItsItemAndTheRestIsRead() throws IOException {
        for (boolean cdata : new boolean[] {true, false}) {
            Path big = dir.resolve("big-" + cdata + ".xml");
            try (BufferedWriter out = Files.newBufferedWriter(big)) {
                out.write(HEAD + "<item><wp:post_id>1</wp:post_id><content:encoded>" + (cdata ? "<![CDATA[" : ""));
                String chunk = "Ünïcode garbage ".repeat(64);
                // CDATA (as WordPress writes bodies) is what the JDK's parser would hold whole: the full 50 MB there.
                for (long written = 0; written < (cdata ? 50_000_000L : 20_000_000L); written += chunk.length()) {
                    out.write(chunk);
                }
                out.write((cdata ? "]]>" : "") + "</content:encoded><wp:post_type>post</wp:post_type></item>"
                        + "<item><title>Fine</title><wp:post_id>2</wp:post_id><wp:post_type>post</wp:post_type>"
                        + "<wp:status>publish</wp:status></item></channel></rss>");
            }
            var items = read(big);
            assertThat(items).filteredOn(SourceSkipped.class::isInstance).singleElement()
                    .satisfies(s -> assertThat(((SourceSkipped) s).reason()).isEqualTo(
                            "Item 1 was not imported: its <content:encoded> is longer than 16,000,000 characters."));
            assertThat(items).filteredOn(SourcePost.class::isInstance).extracting(SourceItem::sourceId).containsExactly("2");
        }
    }

    @Test
    void aHugeCommentOrAttributeIsRefused() throws IOException {
        Path attribute = dir.resolve("attribute.xml");
        try (BufferedWriter out = Files.newBufferedWriter(attribute)) {
            out.write(HEAD + "<item><category domain=\"");
            for (int i = 0; i < 600_000; i++) {
                out.write("category");
            }
            out.write("\">x</category></item></channel></rss>");
        }
        refused(attribute, "longer than 4 MB");
        Path comment = dir.resolve("comment.xml");
        try (BufferedWriter out = Files.newBufferedWriter(comment)) {
            out.write(HEAD + "<!--");
            for (int i = 0; i < 1_000_000; i++) {
                out.write("comment ");
            }
            out.write("--><item><title>After</title><wp:post_id>3</wp:post_id><wp:post_type>post</wp:post_type>"
                    + "</item></channel></rss>");
        }
        assertThat(read(comment)).filteredOn(SourcePost.class::isInstance).extracting(SourceItem::sourceId)
                .containsExactly("3");
    }
}
