package news.dateline.imports.internal.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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

/** Every body of the real Ghost export converts, its cards in Dateline's forms, with the counts its README gives. */
class GhostExportBodiesTest {

    private static final Map<String, String> SOURCE = new LinkedHashMap<>();
    private static final Map<String, Converted> CONVERTED = new LinkedHashMap<>();

    @BeforeAll
    static void convertAll() throws Exception {
        SOURCE.putAll(ExportBodies.ghost());
        SOURCE.forEach((title, html) -> {
            Converted converted = Converted.of(SourcePost.Format.GHOST, html, new FakeLinks());
            CONVERTED.put(title, converted);
        });
    }

    @Test
    void everyPostAndPageConvertsWithoutCardMarkup() {
        assertThat(CONVERTED).hasSize(22);
        assertThat(CONVERTED.values()).allSatisfy(c -> assertThat(c.markdown())
                .doesNotContain("kg-card", "kg-", "<!--", "<figure", "<div", "<svg", "members-only", "__GHOST_URL__"));
    }

    @Test
    void theGalleryCardIsOneParagraphOfFourImagesWithItsCaptionAfter() {
        Converted cinema = CONVERTED.get("The quiet return of the neighbourhood cinema");
        List<String> galleries = blocks().stream()
                .filter(b -> b.matches("(!\\[[^\\]]*]\\(/media/k\\d+/[^)]+\\) ?){2,}")).toList();
        assertThat(galleries).hasSize(1);
        assertThat(cinema.blocks()).containsSubsequence(
                "![cinema-2.jpg](/media/k1/cinema-2.jpg) ![cinema-3.jpg](/media/k2/cinema-3.jpg) "
                        + "![cinema-4.jpg](/media/k3/cinema-4.jpg) ![cinema-1.jpg](/media/k4/cinema-1.jpg)",
                "*Cinema Rex: the projection booth, the foyer and the queue on opening night.*");
    }

    @Test
    void youTubeAndTwitterEmbedCardsBecomeTheirUrls() {
        assertThat(blocks().stream().filter(b -> b.matches("https://\\S+"))).containsExactly(
                "https://www.youtube.com/watch?v=ScMzIvxBSi4",
                "https://twitter.com/transit_example/status/1854000000000000000");
        assertThat(CONVERTED.get("Ukraine grain corridor: what the new deal changes").blocks()).containsSubsequence(
                "https://www.youtube.com/watch?v=ScMzIvxBSi4", "*Video: how the corridor works (embedded from YouTube).*");
        assertThat(CONVERTED.get("Tram line 9 opens two years late").rendered().select("p").last().text())
                .isEqualTo("https://twitter.com/transit_example/status/1854000000000000000");
    }

    @Test
    void bookmarksAreALinkAndTheirDescription() {
        assertThat(CONVERTED.get("Port strike ends after nine days").blocks()).endsWith(
                "[Shipping backlog tracker](https://example.org/port-authority/backlog)",
                "Daily count of vessels waiting for a berth.");
        assertThat(CONVERTED.get("Ukraine grain corridor: what the new deal changes").blocks()).endsWith(
                "[Grain corridor: frequently asked questions](https://example.org/grain-corridor-faq)",
                "A reference guide to the corridor rules.");
    }

    @Test
    void togglesCalloutsButtonsCodeAndPaywall() {
        Converted lenders = CONVERTED.get("Start-up lenders: the regulator's new rulebook explained");
        assertThat(lenders.rendered().select("h4").eachText()).containsExactly("Who is affected?",
                "Will loans get more expensive?", "When does it start?");
        assertThat(lenders.blocks()).contains("Eleven firms, according to the regulator's count.");
        assertThat(count("h4")).isEqualTo(3);
        assertThat(CONVERTED.get("Heatwave: September temperatures break the 1947 record").rendered()
                .select("blockquote").text()).startsWith("🌡️ Drink water regularly");
        assertThat(CONVERTED.get("Winter storm warning for the Alps").markdown())
                .endsWith("> ⚠️ Passes over 1,500 metres will close from Thursday 18:00.");
        assertThat(CONVERTED.get("Contact and corrections").blocks())
                .endsWith("[Email the desk](mailto:desk@example.com)");
        assertThat(CONVERTED.get("Book fair: ten titles to watch").blocks())
                .endsWith("[See the full programme](https://example.org/bookfair/programme)");
        Converted lake = CONVERTED.get("Researchers map the lake's warming layers");
        assertThat(lake.markdown()).contains("```python\nimport pandas as pd\ndf = pd.read_csv(\"buoy.csv\", "
                + "parse_dates=[\"time\"])\nprint(df.resample(\"M\", on=\"time\")[\"t20m\"].mean())\n```");
        assertThat(lake.rendered().select("pre > code").text()).startsWith("import pandas as pd");
        Converted stadium = CONVERTED.get("Inside the stadium finance files");
        assertThat(stadium.notes()).singleElement().asString().contains("members-only part started here");
        assertThat(CONVERTED.values().stream().filter(c -> !c.notes().isEmpty())).containsExactly(stadium);
    }

    @Test
    void tablesHeadingsListsQuotesAndImageCaptionsSurviveRendering() {
        assertThat(count("table")).isEqualTo(3).isEqualTo(sourceCount("table"));
        assertThat(count("tbody tr")).isEqualTo(sourceCount("tbody tr"));
        assertThat(count("h2, h3")).isEqualTo(sourceCount("h2, h3"));
        assertThat(count("ul")).isEqualTo(sourceCount("ul"));
        assertThat(count("ol")).isEqualTo(sourceCount("ol"));
        assertThat(count("li")).isEqualTo(sourceCount("li"));
        assertThat(count("blockquote")).isEqualTo(sourceCount("blockquote:not(.twitter-tweet)") + 2);
        assertThat(count("p > img")).isEqualTo(7 + 4);
        assertThat(CONVERTED.get("Tram line 9 opens two years late").blocks()).containsSubsequence(
                "![A blue tram crossing a bridge at dawn](/media/k1/tram-9.jpg)",
                "*The new line crosses the river on a 240-metre bridge.*");
        assertThat(CONVERTED.get("Election explainer: the five questions that matter").rendered().select("h2")
                .eachText()).startsWith("1. Will turnout rise?");
    }

    @Test
    void fiveInternalLinksAreRewritten() {
        String all = String.join("\n", CONVERTED.values().stream().map(Converted::markdown).toList());
        assertThat(all.split("\\]\\(/world/", -1)).hasSize(6);
        assertThat(all).doesNotContain("](http://127.0.0.1:2368");
    }

    @Test
    void everyTextOfTheSourceIsInTheRenderedBody() {
        SOURCE.forEach((title, html) -> {
            String rendered = CONVERTED.get(title).text().replaceAll("\\s+", " ");
            for (String text : texts(html)) {
                assertThat(rendered).as(title).contains(text);
            }
        });
    }

    /** The texts a reader saw, the embedded tweet, the bookmarks' metadata and the toggles' icons aside. */
    private static List<String> texts(String html) {
        Document source = Jsoup.parseBodyFragment(html);
        source.select("blockquote.twitter-tweet, .kg-bookmark-metadata, svg, button").remove();
        List<String> texts = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t && !t.isBlank()) {
                texts.add(t.text().strip().replaceAll("\\s+", " "));
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
