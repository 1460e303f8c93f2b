package news.dateline.imports.internal.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.dateline.imports.internal.source.SourcePost;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every body of the real WordPress export converts, with the counts its README gives. */
class WordPressExportBodiesTest {

    private static final Map<String, String> SOURCE = new LinkedHashMap<>();
    private static final Map<String, Converted> CONVERTED = new LinkedHashMap<>();

    @BeforeAll
    static void convertAll() throws Exception {
        SOURCE.putAll(ExportBodies.wordpress());
        SOURCE.forEach((id, html) -> {
            Converted converted = Converted.of(SourcePost.Format.WORDPRESS, html, new FakeLinks());
            CONVERTED.put(id, converted);
        });
    }

    @Test
    void everyPostAndPageConverts() {
        assertThat(CONVERTED).hasSize(28);
        assertThat(CONVERTED.values()).allSatisfy(c -> assertThat(c.markdown())
                .doesNotContain("[caption", "[/caption", "[gallery", "[embed", "<!-- wp:", "<!--", "kg-card", "<figure",
                        "<img", "<p>"));
    }

    @Test
    void bothGalleriesAreOneParagraphOfLibraryImages() {
        List<String> galleries = blocks().stream()
                .filter(b -> b.matches("(!\\[[^\\]]*]\\(/media/k\\d+/[^)]+\\) ?){2,}")).toList();
        assertThat(galleries).hasSize(2);
        assertThat(galleries.getFirst()).contains("(/media/k", "attachment-8.jpg", "attachment-9.jpg",
                "attachment-10.jpg");
        assertThat(CONVERTED.get("67").markdown()).contains("![A lake at sunrise, the first picture of the year](");
        assertThat(CONVERTED.get("67").rendered().select("p > img")).hasSize(3);
    }

    @Test
    void threeYouTubeEmbedsTwoFromBareLinesOneFromTheBlock() {
        assertThat(blocks().stream().filter(b -> b.matches("https://www\\.youtube\\.com/watch\\?v=[\\w-]+")))
                .containsExactly("https://www.youtube.com/watch?v=aqz-KE-bpKQ",
                        "https://www.youtube.com/watch?v=ScMzIvxBSi4", "https://www.youtube.com/watch?v=ScMzIvxBSi4");
    }

    @Test
    void tablesHeadingsListsAndQuotesSurviveRendering() {
        assertThat(count("table")).isEqualTo(8).isEqualTo(sourceCount("table"));
        assertThat(count("thead th")).isEqualTo(sourceCount("thead th"));
        assertThat(count("tbody tr")).isEqualTo(sourceCount("tbody tr"));
        assertThat(count("h2, h3")).isEqualTo(20).isEqualTo(sourceCount("h2, h3"));
        assertThat(count("ul")).isEqualTo(sourceCount("ul"));
        assertThat(count("ol")).isEqualTo(3).isEqualTo(sourceCount("ol"));
        assertThat(count("li")).isEqualTo(sourceCount("li"));
        assertThat(count("blockquote")).isEqualTo(8);
        assertThat(count("hr")).isEqualTo(1);
        assertThat(CONVERTED.get("44").markdown()).contains("> — Port director, at a press briefing",
                "*Harbour throughput by quarter. Source: port authority.*");
        assertThat(CONVERTED.get("55").markdown()).contains(
                "> Every sentence is doing two jobs: telling you what happened and telling you what it cost.\n>\n"
                        + "> — From our review", "Rating: ★★★★☆");
    }

    @Test
    void fourteenInternalLinksAreRewritten() {
        String all = String.join("\n", CONVERTED.values().stream().map(Converted::markdown).toList());
        assertThat(all.split("\\]\\(/world/", -1)).hasSize(15);
        assertThat(all).doesNotContain("](http://127.0.0.1:8081/20");
        assertThat(CONVERTED.get("58").markdown()).contains("](/world/%d0%ba%d0%b8%d1%97%d0%b2-");
    }

    @Test
    void attachmentCaptionsAreNotRepeatedInTheBody() {
        assertThat(CONVERTED.get("45").markdown()).doesNotContain("The festival director after the premiere")
                .contains("![The festival director speaks to the audience after a screening](/media/k");
        assertThat(CONVERTED.get("46").markdown()).doesNotContain("Volunteers filled 40,000 sandbags");
        assertThat(CONVERTED.values()).allSatisfy(c -> assertThat(c.notes()).isEmpty());
    }

    @Test
    void everyTextOfTheSourceIsInTheRenderedBody() {
        SOURCE.forEach((id, html) -> {
            String rendered = CONVERTED.get(id).text();
            for (String text : texts(html)) {
                assertThat(rendered).as("post %s", id).contains(text);
            }
        });
    }

    /** The texts of a source body a reader saw, shortcodes and attachment captions aside. */
    static List<String> texts(String html) {
        String withoutShortcodes = html.replaceAll("(?s)\\[caption.*?\\[/caption]", "")
                .replaceAll("\\[gallery[^\\]]*]", "");
        Document source = Jsoup.parseBodyFragment(withoutShortcodes);
        source.select("figcaption").remove();
        List<String> texts = new java.util.ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                for (String line : t.getWholeText().split("\n")) {
                    String text = line.strip().replaceAll("\\s+", " ");
                    if (!text.isEmpty()) {
                        texts.add(text);
                    }
                }
            }
        }, source.body());
        return texts;
    }

    private static List<String> blocks() {
        return CONVERTED.values().stream().flatMap(c -> c.blocks().stream()).toList();
    }

    private static int count(String selector) {
        return CONVERTED.values().stream().mapToInt(c -> c.rendered().select(selector).size()).sum();
    }

    private static int sourceCount(String selector) {
        return SOURCE.values().stream().mapToInt(html -> Jsoup.parseBodyFragment(html).select(selector).size()).sum();
    }
}
