package news.dateline.imports.internal.ghost;

import static news.dateline.imports.internal.ghost.GhostExport.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import news.dateline.imports.internal.source.SourceItem;
import news.dateline.imports.internal.source.SourcePerson;
import news.dateline.imports.internal.source.SourcePost;
import news.dateline.imports.internal.source.SourceSite;
import news.dateline.imports.internal.source.SourceSkipped;
import news.dateline.imports.internal.source.SourceState;
import news.dateline.imports.internal.source.SourceTerm;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** Hand-written exports: the Ghost 6.x shape with its tables in another order, and an old top-level one. */
class GhostShapesTest {

    private static final String LEXICAL = """
            {"root":{"type":"root","children":[
              {"type":"paragraph","children":[
                {"type":"extended-text","text":"Kyiv & <co>","format":0},
                {"type":"linebreak"},
                {"type":"extended-text","text":"bold-italic","format":3},
                {"type":"link","url":"__GHOST_URL__/other/","target":"_blank","children":[
                  {"type":"extended-text","text":"code","format":16}]}]},
              {"type":"paragraph","children":[]},
              {"type":"list","listType":"number","tag":"ol","start":3,"children":[
                {"type":"listitem","children":[{"type":"extended-text","text":"three"}]},
                {"type":"listitem","children":[{"type":"list","listType":"bullet","tag":"ul","children":[
                  {"type":"listitem","children":[{"type":"extended-text","text":"nested"}]}]}]}]},
              {"type":"aside","children":[{"type":"extended-text","text":"An aside"}]},
              {"type":"horizontalrule"},
              {"type":"layout-grid","children":[{"type":"extended-text","text":"Kept text"}]},
              {"type":"product","productTitle":"A mug","productDescription":"<p>Ceramic</p>","productUrl":"x"},
              {"type":"video","src":"__GHOST_URL__/content/media/clip.mp4","caption":"A clip","width":640}
            ]}}""";

    private static final String SIX = """
            {"db":[{"meta":{"exported_on":1830000000000,"version":"6.4.0"},"data":{
              "posts":[
                {"id":"p1","title":"Київ: зима","slug":"kyiv-zyma","lexical":%s,"mobiledoc":null,
                 "html":"<p>stale</p>","feature_image":"__GHOST_URL__/content/images/2027/01/a.jpg","featured":true,
                 "type":"post","status":"published","visibility":"tiers","published_at":"2027-01-05T08:30:00.000Z",
                 "updated_at":"2027-01-06T09:00:00.000Z","custom_excerpt":null,"canonical_url":null,"locale":"uk"},
                {"id":"p2","title":"Newsletter only","slug":"newsletter-only","lexical":null,"mobiledoc":null,
                 "html":"<p>Only the html column.</p>","type":"post","status":"sent","visibility":"public",
                 "published_at":"2027-01-07 10:00:00","featured":false},
                {"id":"p3","title":"Draft page","slug":"draft-page","lexical":null,"mobiledoc":null,"html":null,
                 "type":"page","status":"draft","visibility":"public","published_at":null},
                {"id":"p4","title":"Odd","slug":"odd","type":"product","status":"published"},
                {"id":"p5","title":"Archived","slug":"archived","type":"post","status":"archived"},
                {"id":"p6","title":"Broken body","slug":"broken","type":"post","status":"published",
                 "visibility":"public","lexical":"{\\"root\\":{\\"children\\":["}
              ],
              "posts_authors":[{"post_id":"p1","author_id":"u2","sort_order":1},
                               {"post_id":"p1","author_id":"u1","sort_order":0}],
              "users":[{"id":"u1","name":"Zoë Ångström","slug":"zoe-angstrom","email":"zoe@example.com",
                        "password":"$2a$10$secret","profile_image":"__GHOST_URL__/content/images/zoe.jpg",
                        "bio":null,"website":null},
                       {"id":"u2","name":"Олена Коваль","slug":"olena","email":"olena@example.com"}],
              "posts_tags":[{"post_id":"p1","tag_id":"t2","sort_order":1},{"post_id":"p1","tag_id":"t1","sort_order":0}],
              "tags":[{"id":"t1","name":"Україна","slug":"ukraina","visibility":"public"},
                      {"id":"t2","name":"#desk","slug":"hash-desk","visibility":"internal"},
                      {"id":"t3","name":"#legacy","slug":"legacy","visibility":"public"}],
              "posts_meta":[{"post_id":"p1","feature_image_alt":"Alt","feature_image_caption":"<i>Cap</i>",
                             "meta_title":"SEO title","meta_description":"SEO text"}],
              "settings":[{"key":"title","value":"Shape Six"},{"key":"timezone","value":"America/New_York"},
                          {"key":"locale","value":"uk"},{"key":"url","value":"https://news.example.org/"}]
            }}]}""";

    @TempDir
    Path dir;

    @Test
    void aGhostSixExportWithItsTablesInAnyOrder() throws IOException {
        List<SourceItem> items = GhostExport.read(write("six.json", SIX.formatted(quote(LEXICAL))));

        assertThat(items.getFirst()).isEqualTo(new SourceSite("ghost-site", "ghost", "6.4.0", "Shape Six",
                "https://news.example.org", ZoneId.of("America/New_York"), "/%postname%/", "uk"));
        assertThat(only(items, SourcePerson.class)).extracting(SourcePerson::displayName, SourcePerson::photoUrl)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Zoë Ångström",
                        "https://news.example.org/content/images/zoe.jpg"), org.assertj.core.groups.Tuple.tuple(
                        "Олена Коваль", ""));
        assertThat(items.toString()).doesNotContain("zoe@example.com", "$2a$10$secret");
        assertThat(only(items, SourceTerm.class)).extracting(SourceTerm::name, SourceTerm::internal).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Україна", false), org.assertj.core.groups.Tuple.tuple("#desk", true),
                org.assertj.core.groups.Tuple.tuple("#legacy", true));

        SourcePost kyiv = only(items, SourcePost.class).getFirst();
        assertThat(kyiv.state()).isEqualTo(SourceState.MEMBERS);
        assertThat(kyiv.authorIds()).containsExactly("u1", "u2");
        assertThat(kyiv.tagIds()).containsExactly("t1", "t2");
        assertThat(kyiv.published()).isEqualTo(Instant.parse("2027-01-05T08:30:00Z"));
        assertThat(kyiv.modified()).isEqualTo(Instant.parse("2027-01-06T09:00:00Z"));
        assertThat(kyiv.featured()).isTrue();
        assertThat(kyiv.oldUrl()).isEqualTo("https://news.example.org/kyiv-zyma/");
        assertThat(kyiv.featuredImageUrl()).isEqualTo("https://news.example.org/content/images/2027/01/a.jpg");
        assertThat(kyiv.featuredImageCaption()).isEqualTo("<i>Cap</i>");
        assertThat(kyiv.seoTitle()).isEqualTo("SEO title");
        assertThat(kyiv.language()).isEqualTo("uk");
        assertThat(kyiv.body()).isEqualTo("<p>Kyiv &amp; &lt;co&gt;<br><strong><em>bold-italic</em></strong>"
                + "<a href=\"https://news.example.org/other/\" target=\"_blank\"><code>code</code></a></p>"
                + "<ol start=\"3\"><li>three</li><li><ul><li>nested</li></ul></li></ol>"
                + "<blockquote class=\"kg-blockquote-alt\">An aside</blockquote><hr>"
                + "<!-- unknown ghost card: layout-grid -->Kept text"
                + "<!-- unknown ghost card: product --><p>A mug</p><p>Ceramic</p>"
                + "<!-- unknown ghost card: video --><p><a href=\"https://news.example.org/content/media/clip.mp4\">"
                + "https://news.example.org/content/media/clip.mp4</a></p><p>A clip</p>");

        SourcePost sent = only(items, SourcePost.class).get(1);
        assertThat(sent.state()).isEqualTo(SourceState.PUBLISHED);
        assertThat(sent.body()).isEqualTo("<p>Only the html column.</p>");
        assertThat(sent.published()).isEqualTo(Instant.parse("2027-01-07T10:00:00Z"));
        SourcePost page = only(items, SourcePost.class).get(2);
        assertThat(page.kind()).isEqualTo(SourcePost.Kind.PAGE);
        assertThat(page.state()).isEqualTo(SourceState.DRAFT);
        assertThat(page.oldUrl()).isEmpty();
        assertThat(page.body()).isEmpty();

        assertThat(only(items, SourcePost.class)).hasSize(3);
        assertThat(only(items, SourceSkipped.class)).extracting(SourceSkipped::sourceId, SourceSkipped::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("p4", "Ghost \"Odd\" is of type \"product\", not a post or page."),
                        org.assertj.core.groups.Tuple.tuple("p5", "Ghost \"Archived\" has the unknown status \"archived\"."),
                        org.assertj.core.groups.Tuple.tuple("p6", "Ghost \"Broken body\" could not be read: its body is"
                                + " truncated: it ends in the middle of the JSON (line 1, column 22)."));
    }

    @Test
    void anOldTopLevelExportWithMobiledocBodiesAndEpochDates() throws IOException {
        String mobiledoc = """
                {"version":"0.3.1","atoms":[["soft-return","",{}]],"markups":[["strong"],["em"],
                 ["a",["href","__GHOST_URL__/other/","onclick","alert(1)"]]],"cards":[],
                 "sections":[[1,"p",[[0,[0],0,"Hallo "],[0,[1],1,"Welt"],[0,[],1," da"],[1,[],0,0],[0,[2],1,"Link"]]]]}""";
        String old = """
                {"meta":{"exported_on":1536220800000,"version":"1.25.0"},"data":{
                  "posts":[{"id":"5b9","title":"Über uns","slug":"uber-uns","mobiledoc":%s,"html":"<p>x</p>",
                            "page":true,"status":"published","visibility":"public","published_at":1536220800000,
                            "author_id":1,"featured":1,"meta_title":"Alt SEO"}],
                  "users":[{"id":1,"name":"Jörg","slug":"jorg"}],
                  "settings":[{"key":"title","value":"Altes Blatt"},{"key":"timezone","value":"Not/AZone"},
                              {"key":"lang","value":"de"}]}}""".formatted(quote(mobiledoc));

        List<SourceItem> items = GhostExport.read(write("old.json", old));

        SourceSite site = (SourceSite) items.getFirst();
        assertThat(only(items, SourcePerson.class)).extracting(SourcePerson::sourceId).containsExactly("1");
        assertThat(site.version()).isEqualTo("1.25.0");
        assertThat(site.zone()).isEqualTo(ZoneOffset.UTC);
        assertThat(site.baseUrl()).isEqualTo("__GHOST_URL__");
        assertThat(site.language()).isEqualTo("de");
        SourcePost about = only(items, SourcePost.class).getFirst();
        assertThat(about.kind()).isEqualTo(SourcePost.Kind.PAGE);
        assertThat(about.authorIds()).containsExactly("1");
        assertThat(about.published()).isEqualTo(Instant.parse("2018-09-06T08:00:00Z"));
        assertThat(about.featured()).isTrue();
        assertThat(about.seoTitle()).isEqualTo("Alt SEO");
        assertThat(about.oldUrl()).isEqualTo("__GHOST_URL__/uber-uns/");
        assertThat(about.body()).isEqualTo("<p><strong>Hallo <em>Welt</em> da</strong><br>"
                + "<a href=\"__GHOST_URL__/other/\">Link</a></p>");
        assertThat(Jsoup.parseBodyFragment(about.body()).select("a").attr("onclick")).isEmpty();
    }

    private Path write(String name, String json) throws IOException {
        return Files.writeString(dir.resolve(name), json);
    }

    private static String quote(String json) {
        return JsonMapper.builder().build().writeValueAsString(json);
    }
}
