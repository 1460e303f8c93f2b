package news.dateline.imports.internal.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import news.dateline.imports.internal.source.SourceItem;
import news.dateline.imports.internal.source.SourceMedia;
import news.dateline.imports.internal.source.SourcePerson;
import news.dateline.imports.internal.source.SourcePost;
import news.dateline.imports.internal.source.SourceSite;
import news.dateline.imports.internal.source.SourceSkipped;
import news.dateline.imports.internal.source.SourceState;
import news.dateline.imports.internal.source.SourceTerm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WXR files shaped otherwise than the shared export: older versions, pictures after posts, other post types. */
class WxrShapesTest {

    @TempDir
    Path dir;

    /** WXR 1.1, no wp:author, undeclared terms, an attachment after the post using it, a menu item, the trash. */
    static final String OLDER = """
            <?xml version="1.0" encoding="UTF-8" ?>
            <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.1/excerpt/"
                xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
                xmlns:wp="http://wordpress.org/export/1.1/">
            <channel>
              <title>Old Blog</title><link>https://blog.example.test/</link><language>de-CH</language>
              <wp:wxr_version>1.1</wp:wxr_version>
              <wp:base_site_url>https://blog.example.test</wp:base_site_url>
              <wp:base_blog_url>https://blog.example.test</wp:base_blog_url>
              <wp:term><wp:term_id>30</wp:term_id><wp:term_taxonomy>nav_menu</wp:term_taxonomy>
                <wp:term_slug>main</wp:term_slug><wp:term_name>Main menu</wp:term_name></wp:term>
              <item>
                <title>Grüezi</title><link>https://blog.example.test/news/2026/gruezi-wohl/</link>
                <dc:creator>anna</dc:creator>
                <content:encoded><![CDATA[Hallo <img class="wp-image-9" src="https://blog.example.test/wp-content/uploads/2026/01/a-1024x768.jpg">]]></content:encoded>
                <excerpt:encoded><![CDATA[]]></excerpt:encoded>
                <wp:post_id>8</wp:post_id>
                <wp:post_date>2026-01-15 10:00:00</wp:post_date><wp:post_date_gmt>2026-01-15 09:00:00</wp:post_date_gmt>
                <wp:post_modified>2026-01-16 10:00:00</wp:post_modified><wp:post_modified_gmt>0000-00-00 00:00:00</wp:post_modified_gmt>
                <wp:post_name>gruezi-wohl</wp:post_name><wp:status>publish</wp:status><wp:post_parent>0</wp:post_parent>
                <wp:menu_order>0</wp:menu_order><wp:post_type>post</wp:post_type><wp:post_password></wp:post_password>
                <wp:is_sticky>0</wp:is_sticky>
                <category domain="category" nicename="lokales"><![CDATA[Lokales]]></category>
                <category domain="post_tag" nicename="z%c3%bcrich"><![CDATA[Zürich]]></category>
                <category domain="post_format" nicename="post-format-aside"><![CDATA[Aside]]></category>
                <wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value><![CDATA[9]]></wp:meta_value></wp:postmeta>
                <wp:postmeta><wp:meta_key>_yoast_wpseo_title</wp:meta_key><wp:meta_value><![CDATA[%%title%% %%sep%%]]></wp:meta_value></wp:postmeta>
                <wp:postmeta><wp:meta_key>_yoast_wpseo_metadesc</wp:meta_key><wp:meta_value><![CDATA[Ein Gruss.]]></wp:meta_value></wp:postmeta>
              </item>
              <item>
                <title>Home</title><wp:post_id>20</wp:post_id><wp:post_type>nav_menu_item</wp:post_type><wp:status>publish</wp:status>
              </item>
              <item>
                <title>Nameless</title><wp:post_type>post</wp:post_type><wp:status>publish</wp:status>
              </item>
              <item>
                <title>Old news</title><wp:post_id>21</wp:post_id><wp:post_type>post</wp:post_type><wp:status>trash</wp:status>
              </item>
              <item>
                <title>A</title><dc:creator>anna</dc:creator><wp:post_id>9</wp:post_id><wp:post_parent>8</wp:post_parent>
                <wp:post_type>attachment</wp:post_type><wp:status>inherit</wp:status>
                <wp:post_date>2026-07-15 10:00:00</wp:post_date><wp:post_date_gmt>2026-07-15 08:00:00</wp:post_date_gmt>
                <wp:attachment_url>https://cdn.example.test/uploads/2026/01/a-scaled.jpg</wp:attachment_url>
                <wp:postmeta><wp:meta_key>_wp_attached_file</wp:meta_key><wp:meta_value>2026/01/a-scaled.jpg</wp:meta_value></wp:postmeta>
                <wp:postmeta><wp:meta_key>_wp_attachment_metadata</wp:meta_key><wp:meta_value><![CDATA[a:2:{s:5:"sizes";a:1:{s:5:"large";a:1:{s:4:"file";s:14:"a-1024x768.jpg";}}s:14:"original_image";s:5:"a.jpg";}]]></wp:meta_value></wp:postmeta>
                <excerpt:encoded><![CDATA[Bild <b>A</b>]]></excerpt:encoded>
              </item>
              <item>
                <title>Evil</title><wp:post_id>10</wp:post_id><wp:post_type>attachment</wp:post_type>
                <wp:attachment_url>https://blog.example.test/../../etc/passwd</wp:attachment_url>
              </item>
            </channel></rss>
            """;

    private List<SourceItem> read(String xml) throws IOException {
        Path file = Files.writeString(dir.resolve("export.xml"), xml, StandardCharsets.UTF_8);
        List<SourceItem> items = new ArrayList<>();
        new WxrReader().read(file, items::add);
        return items;
    }

    @Test
    void anOlderExportWithPicturesAfterThePostsUsingThem() throws IOException {
        var items = read(OLDER);
        var site = (SourceSite) items.getFirst();
        assertThat(site.version()).isEqualTo("1.1");
        assertThat(site.language()).isEqualTo("de-CH");
        assertThat(site.permalinks()).isEqualTo("/news/%year%/%postname%/");
        // January +01:00 and July +02:00: the zone's rules, not a fixed offset.
        assertThat(site.zone().getId()).isEqualTo("Europe/Zurich");

        var post = items.stream().filter(SourcePost.class::isInstance).map(SourcePost.class::cast).findFirst().orElseThrow();
        var picture = items.stream().filter(SourceMedia.class::isInstance).map(SourceMedia.class::cast).findFirst().orElseThrow();
        assertThat(items.indexOf(picture)).isLessThan(items.indexOf(post));
        assertThat(picture.path()).isEqualTo("wp-content/uploads/2026/01/a-scaled.jpg");
        assertThat(picture.caption()).isEqualTo("Bild A");
        assertThat(picture.parentPostId()).isEqualTo("8");
        assertThat(picture.sizes()).containsExactly("https://cdn.example.test/uploads/2026/01/a-1024x768.jpg",
                "https://cdn.example.test/uploads/2026/01/a.jpg");
        assertThat(post.featuredMediaId()).isEqualTo("9");
        assertThat(post.state()).isEqualTo(SourceState.PUBLISHED);
        assertThat(post.published()).isEqualTo(Instant.parse("2026-01-15T09:00:00Z"));
        // No GMT modified date: the local one, in the site's zone.
        assertThat(post.modified()).isEqualTo(Instant.parse("2026-01-16T09:00:00Z"));
        assertThat(post.seoTitle()).isEmpty();
        assertThat(post.seoDescription()).isEqualTo("Ein Gruss.");

        var person = items.stream().filter(SourcePerson.class::isInstance).map(SourcePerson.class::cast).toList();
        assertThat(person).singleElement().satisfies(p -> assertThat(p.sourceId()).isEqualTo("anna"));
        assertThat(post.authorIds()).containsExactly("anna");
        var terms = items.stream().filter(SourceTerm.class::isInstance).map(SourceTerm.class::cast).toList();
        assertThat(terms).extracting(SourceTerm::sourceId).containsExactlyInAnyOrderElementsOf(
                concat(post.categoryIds(), post.tagIds()));
        assertThat(terms).filteredOn(t -> t.kind() == SourceTerm.Kind.TAG).singleElement()
                .satisfies(t -> assertThat(t.slug()).isEqualTo("zürich"));

        var skipped = items.stream().filter(SourceSkipped.class::isInstance).map(SourceSkipped.class::cast).toList();
        assertThat(skipped).extracting(SourceSkipped::kind)
                .containsExactlyInAnyOrder("term", "nav_menu_item", "item", "trash", "attachment");
        assertThat(skipped).filteredOn(s -> s.kind().equals("attachment")).singleElement()
                .satisfies(s -> assertThat(s.reason()).contains("outside the uploads folder"));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        var all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void theZoneFromDatePairs() {
        var none = new SiteZone();
        assertThat(none.zone()).isEqualTo(ZoneOffset.UTC);
        var india = new SiteZone();
        india.observe("2026-01-15 15:30:00", "2026-01-15 10:00:00");
        india.observe("2026-07-15 15:30:00", "2026-07-15 10:00:00");
        assertThat(india.zone()).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
        var newYork = new SiteZone();
        newYork.observe("2026-01-15 05:00:00", "2026-01-15 10:00:00");
        newYork.observe("2026-07-15 06:00:00", "2026-07-15 10:00:00");
        newYork.observe("0000-00-00 00:00:00", "0000-00-00 00:00:00");
        assertThat(newYork.zone().getId()).isEqualTo("America/New_York");
        var nowhere = new SiteZone();
        nowhere.observe("2026-01-15 10:00:00", "2026-01-15 10:00:00");
        nowhere.observe("2026-01-16 13:00:00", "2026-01-16 10:00:00");
        nowhere.observe("2026-01-17 13:00:00", "2026-01-17 10:00:00");
        assertThat(nowhere.zone()).isEqualTo(ZoneOffset.ofHours(3));
    }

    @Test
    void serializedPhpIsReadOnlyAsFarAsItIsSafe() {
        assertThat(PhpSerialized.array("a:1:{s:4:\"file\";s:8:\"Zoë.jpg\";}")).containsEntry("file", "Zoë.jpg");
        assertThat(PhpSerialized.array("a:2:{i:0;b:1;i:1;N;}")).containsEntry("0", true).containsEntry("1", "");
        assertThat(PhpSerialized.array("O:8:\"stdClass\":0:{}")).isNull();
        assertThat(PhpSerialized.array("a:1:{s:1:\"x\";O:8:\"stdClass\":0:{}}")).isNull();
        assertThat(PhpSerialized.array("a:999999999:{}")).isNull();
        assertThat(PhpSerialized.array("s:99:\"short\";")).isNull();
        assertThat(PhpSerialized.array("a:1:{s:1:\"x\";s:1:\"y\";")).isNull();
        assertThat(PhpSerialized.array("a:1:{i:0;".repeat(20) + "N;" + "}".repeat(20))).isNull();
        assertThat(PhpSerialized.array("{{unknown}}")).isNull();
        assertThat(PhpSerialized.array("")).isNull();
    }
}
