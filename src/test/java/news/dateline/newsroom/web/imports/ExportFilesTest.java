package news.dateline.newsroom.web.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What the import screen accepts as an export or a media archive, judged by content, and the names files are kept under. */
class ExportFilesTest {

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theRealExportsPassAndTheWrongKindIsNamed() throws IOException {
        try (InputStream wxr = Files.newInputStream(Path.of("src/test/resources/imports/wordpress-wxr.xml"))) {
            assertThat(ExportFiles.checkExport("wordpress", "wordpress-wxr.xml", wxr)).isNull();
        }
        try (InputStream wxr = Files.newInputStream(Path.of("src/test/resources/imports/wordpress-wxr.xml"))) {
            assertThat(ExportFiles.checkExport("feed", "wordpress-wxr.xml", wxr)).as("a WXR is RSS too").isNull();
        }
        assertThat(ExportFiles.checkExport("ghost", "g.json", bytes("\uFEFF  {\"db\":[]}"))).isNull();
        assertThat(ExportFiles.checkExport("feed", "atom.xml", bytes("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"))).isNull();
        assertThat(ExportFiles.checkExport("wordpress", "feed.xml", bytes("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>")))
                .isEqualTo("\u201Cfeed.xml\u201D is not a WordPress export: choose the .xml file from Tools > Export in WordPress.");
        assertThat(ExportFiles.checkExport("feed", "page.html", bytes("<!DOCTYPE html><html>"))).contains("not an RSS or Atom feed");
        assertThat(ExportFiles.checkExport("ghost", "x.json", bytes(""))).isEqualTo("The export file \u201Cx.json\u201D is empty.");
    }

    @Test
    void mediaIsATarOrAGzipAndAZipIsToldWhatToDo() throws IOException {
        byte[] tar = new byte[512];
        System.arraycopy("ustar".getBytes(StandardCharsets.US_ASCII), 0, tar, 257, 5);
        assertThat(ExportFiles.checkMedia("u.tar", new ByteArrayInputStream(tar))).isNull();
        assertThat(ExportFiles.mediaName(new ByteArrayInputStream(tar))).isEqualTo("media.tar");
        try (InputStream gz = Files.newInputStream(Path.of("src/test/resources/imports/wordpress-uploads.tar.gz"))) {
            assertThat(ExportFiles.checkMedia("wordpress-uploads.tar.gz", gz)).isNull();
        }
        try (InputStream gz = Files.newInputStream(Path.of("src/test/resources/imports/wordpress-uploads.tar.gz"))) {
            assertThat(ExportFiles.mediaName(gz)).isEqualTo("media.tar.gz");
        }
        assertThat(ExportFiles.checkMedia("u.zip", new ByteArrayInputStream(new byte[]{'P', 'K', 3, 4}))).contains("zip archive");
        assertThat(ExportFiles.checkMedia("u.rar", bytes("Rar!"))).contains("is not a .tar or .tar.gz archive");
    }

    @Test
    void keptNamesStayInTheirFolderInAnyScript() {
        assertThat(ExportFiles.safeName("../../etc/passwd", "x")).isEqualTo("passwd");
        assertThat(ExportFiles.safeName("C:\\Users\\zoë\\Ångström export.xml", "x")).isEqualTo("Ångström-export.xml");
        assertThat(ExportFiles.safeName("київ-архів.xml", "x")).isEqualTo("київ-архів.xml");
        assertThat(ExportFiles.safeName("..", "export")).isEqualTo("export");
        assertThat(ExportFiles.safeName(null, "export")).isEqualTo("export");
        assertThat(ExportFiles.safeName("a".repeat(300) + ".xml", "x")).hasSize(120).endsWith(".xml");
    }

    @Test
    void theOldSiteAddressIsNeededForGhostAndMustBeAWebAddress() {
        assertThat(ExportFiles.checkSiteUrl("ghost", "")).startsWith("Give the old site's address");
        assertThat(ExportFiles.checkSiteUrl("wordpress", "")).isNull();
        assertThat(ExportFiles.checkSiteUrl("ghost", "https://news.example.org")).isNull();
        assertThat(ExportFiles.checkSiteUrl("ghost", "javascript:alert(1)")).startsWith("The old site's address must");
        assertThat(ExportFiles.checkSiteUrl("ghost", "http://")).startsWith("The old site's address must");
    }
}
