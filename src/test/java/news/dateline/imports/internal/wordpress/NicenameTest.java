package news.dateline.imports.internal.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import news.dateline.imports.internal.source.SourceItem;
import news.dateline.imports.internal.source.SourcePerson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An author's old address is the nicename WordPress derives from the login, not a Dateline slug of it. */
class NicenameTest {

    @TempDir
    Path dir;

    @Test
    void theLoginIsSanitizedAsWordPressDoes() {
        assertThat(Nicename.of("Jane.Doe@Example.com")).isEqualTo("jane-doeexample-com");
        assertThat(Nicename.of("jane_doe")).isEqualTo("jane_doe");
        assertThat(Nicename.of("Zoë Ångström")).isEqualTo("zoe-angstrom");
        assertThat(Nicename.of("Straße")).isEqualTo("strasse");
        assertThat(Nicename.of("  --anna--  ")).isEqualTo("anna");
    }

    @Test
    void anAuthorWithAnEmailLoginIsRecordedUnderWordPressesAddress() throws IOException {
        String xml = """
                <?xml version="1.0" encoding="UTF-8" ?>
                <rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:dc="http://purl.org/dc/elements/1.1/">
                <channel>
                  <title>Blog</title><link>https://blog.example.test/</link>
                  <wp:wxr_version>1.2</wp:wxr_version>
                  <wp:base_site_url>https://blog.example.test</wp:base_site_url>
                  <wp:base_blog_url>https://blog.example.test</wp:base_blog_url>
                  <wp:author><wp:author_id>2</wp:author_id><wp:author_login><![CDATA[Jane.Doe@Example.com]]></wp:author_login>
                    <wp:author_display_name><![CDATA[Jane Doe]]></wp:author_display_name></wp:author>
                  <wp:author><wp:author_id>3</wp:author_id><wp:author_login><![CDATA[m_okafor]]></wp:author_login>
                    <wp:author_display_name><![CDATA[Marcus Okafor]]></wp:author_display_name></wp:author>
                </channel></rss>
                """;
        Path file = Files.writeString(dir.resolve("export.xml"), xml, StandardCharsets.UTF_8);
        List<SourceItem> items = new ArrayList<>();
        new WxrReader().read(file, items::add);
        var people = items.stream().filter(SourcePerson.class::isInstance).map(SourcePerson.class::cast).toList();
        assertThat(people).extracting(SourcePerson::oldUrl)
                .containsExactly("/author/jane-doeexample-com/", "/author/m_okafor/");
        assertThat(people).extracting(SourcePerson::slug).containsExactly("jane-doe", "marcus-okafor");
    }
}
