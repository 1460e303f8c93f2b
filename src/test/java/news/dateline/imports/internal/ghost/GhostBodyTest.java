package news.dateline.imports.internal.ghost;

import static news.dateline.imports.internal.ghost.GhostExport.only;
import static news.dateline.imports.internal.ghost.GhostExport.titled;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import news.dateline.imports.internal.source.SourceItem;
import news.dateline.imports.internal.source.SourcePost;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bodies rendered from Lexical match the HTML Ghost stored for the same posts, text for text, and carry every
 * Ghost card in Ghost's own markup.
 */
class GhostBodyTest {

    private static final List<SourceItem> ITEMS = GhostExport.read(GhostExport.file());
    private static final List<SourcePost> POSTS = only(ITEMS, SourcePost.class);

    @Test
    void everyRenderedBodyHasTheTextGhostStoredParagraphByParagraph() throws IOException {
        Map<String, String> stored = storedHtml();
        assertThat(stored).hasSize(22);
        for (SourcePost post : POSTS) {
            String ghost = stored.get(post.sourceId());
            assertThat(blocks(post.body())).as(post.title()).isEqualTo(blocks(ghost)).isNotEmpty();
            assertThat(Jsoup.parseBodyFragment(post.body()).text()).as(post.title())
                    .isEqualTo(Jsoup.parseBodyFragment(ghost).text());
        }
    }

    @Test
    void topLevelBlocksMatchTheExportsLexicalNodeTotals() {
        Map<String, Integer> totals = new TreeMap<>();
        for (SourcePost post : POSTS) {
            for (Node node : Jsoup.parseBodyFragment(post.body()).body().childNodes()) {
                String kind = kind(node);
                if (kind != null) {
                    totals.merge(kind, 1, Integer::sum);
                }
            }
        }
        assertThat(totals).isEqualTo(new TreeMap<>(Map.ofEntries(Map.entry("paragraph", 41),
                Map.entry("extended-heading", 14), Map.entry("image", 7), Map.entry("list", 6),
                Map.entry("extended-quote", 5), Map.entry("html", 3), Map.entry("toggle", 3), Map.entry("bookmark", 2),
                Map.entry("button", 2), Map.entry("callout", 2), Map.entry("embed", 2), Map.entry("codeblock", 1),
                Map.entry("gallery", 1), Map.entry("paywall", 1))));
    }

    @Test
    void everyGhostCardKeepsWhatTheConverterNeeds() {
        Element port = body("Port strike ends after nine days");
        assertThat(port.select("figure.kg-bookmark-card a.kg-bookmark-container").attr("href"))
                .isEqualTo("https://example.org/port-authority/backlog");
        assertThat(port.select(".kg-bookmark-title").text()).isEqualTo("Shipping backlog tracker");
        assertThat(port.select(".kg-bookmark-description").text()).isEqualTo("Daily count of vessels waiting for a berth.");
        assertThat(port.select("table td").first().text()).isEqualTo("Pay 2026");
        assertThat(titled(ITEMS, "Port strike ends after nine days").body())
                .contains("<!--kg-card-begin: html-->\n<table><thead><tr><th>Item</th>");

        Element heat = body("Heatwave: September temperatures break the 1947 record");
        assertThat(heat.select("figure.kg-card.kg-image-card img").attr("src"))
                .isEqualTo("__GHOST_URL__/content/images/2026/12/heat-map.png");
        assertThat(heat.select("figure.kg-image-card img").attr("alt")).isEqualTo("Bar chart of days above 30 degrees per month");
        assertThat(heat.select("figure.kg-image-card figcaption").text()).isEqualTo("Days above 30 °C per month (test data).");
        assertThat(heat.select(".kg-callout-card .kg-callout-emoji").text()).isEqualTo("🌡️");
        assertThat(body("Winter storm warning for the Alps").select(".kg-callout-card-red .kg-callout-emoji").text())
                .isEqualTo("⚠️");

        Element cinema = body("The quiet return of the neighbourhood cinema");
        assertThat(cinema.select("figure.kg-gallery-card .kg-gallery-row")).hasSize(2);
        assertThat(cinema.select("figure.kg-gallery-card .kg-gallery-image img").eachAttr("src")).containsExactly(
                "__GHOST_URL__/content/images/2026/12/cinema-2.jpg", "__GHOST_URL__/content/images/2026/12/cinema-3.jpg",
                "__GHOST_URL__/content/images/2026/12/cinema-4.jpg", "__GHOST_URL__/content/images/2026/12/cinema-1.jpg");

        assertThat(body("Ukraine grain corridor: what the new deal changes").select("figure.kg-embed-card iframe")
                .attr("src")).isEqualTo("https://www.youtube.com/embed/ScMzIvxBSi4?feature=oembed");
        assertThat(body("Tram line 9 opens two years late").select("figure.kg-embed-card blockquote.twitter-tweet a")
                .attr("href")).isEqualTo("https://twitter.com/transit_example/status/1854000000000000000");
        assertThat(body("Tram line 9 opens two years late").select("figure.kg-image-card.kg-width-wide")).hasSize(1);

        Element lenders = body("Start-up lenders: the regulator's new rulebook explained");
        assertThat(lenders.select(".kg-toggle-card .kg-toggle-heading-text").eachText()).containsExactly(
                "Who is affected?", "Will loans get more expensive?", "When does it start?");
        assertThat(lenders.select(".kg-toggle-card .kg-toggle-content").first().text())
                .isEqualTo("Eleven firms, according to the regulator's count.");

        assertThat(body("Contact and corrections").select(".kg-button-card a.kg-btn").attr("href"))
                .isEqualTo("mailto:desk@example.com");
        assertThat(body("Researchers map the lake's warming layers").select("figure.kg-code-card pre code.language-python")
                .text()).startsWith("import pandas as pd");

        String stadium = titled(ITEMS, "Inside the stadium finance files").body();
        assertThat(stadium).containsOnlyOnce("<!--members-only-->");
        assertThat(stadium.substring(0, stadium.indexOf("<!--members-only-->")))
                .isEqualTo("<p>For members: our investigation into the 180 million guarantee the city never disclosed.</p>");
    }

    @Test
    void textFormatsLinksListsAndQuotes() {
        Element books = body("Book fair: ten titles to watch");
        assertThat(books.select("ol > li")).hasSize(10);
        assertThat(books.select("ol > li strong").first().text()).isEqualTo("Title 1");
        assertThat(books.select("ol > li em").first().text()).isEqualTo("Title 2");
        assertThat(body("Election explainer: the five questions that matter").select("h2")).hasSize(5);
        assertThat(body("City council approves night-train link to Vienna").select("h3 + ul > li")).hasSize(3);
        assertThat(body("Opinion: Newsrooms should publish their corrections log").select("blockquote")).hasSize(2);
        List<String> links = new ArrayList<>();
        POSTS.forEach(p -> links.addAll(Jsoup.parseBodyFragment(p.body()).select("p a[href^=__GHOST_URL__/]").eachAttr("href")));
        assertThat(links).hasSize(5).contains("__GHOST_URL__/zurichs-lake-water-heat-pumps-explained/");
        assertThat(POSTS).noneMatch(p -> p.body().contains("unknown ghost card"));
    }

    private static Element body(String title) {
        return Jsoup.parseBodyFragment(titled(ITEMS, title).body()).body();
    }

    /** The text of every paragraph, heading, list item, quote and caption, in order. */
    private static List<String> blocks(String html) {
        return Jsoup.parseBodyFragment(html).select("p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, td, th, pre")
                .eachText();
    }

    /** The Lexical node type a top-level node of a rendered body stands for, null for whitespace. */
    private static String kind(Node node) {
        if (node instanceof Comment comment) {
            String data = comment.getData().strip();
            return data.equals("members-only") ? "paywall" : data.equals("kg-card-begin: html") ? "html" : null;
        }
        if (!(node instanceof Element element)) {
            return null;
        }
        Map<String, String> byClass = new LinkedHashMap<>();
        byClass.put("kg-image-card", "image");
        byClass.put("kg-gallery-card", "gallery");
        byClass.put("kg-bookmark-card", "bookmark");
        byClass.put("kg-embed-card", "embed");
        byClass.put("kg-callout-card", "callout");
        byClass.put("kg-toggle-card", "toggle");
        byClass.put("kg-button-card", "button");
        byClass.put("kg-code-card", "codeblock");
        for (var entry : byClass.entrySet()) {
            if (element.hasClass(entry.getKey())) {
                return entry.getValue();
            }
        }
        return switch (element.tagName()) {
            case "p" -> "paragraph";
            case "h1", "h2", "h3", "h4", "h5", "h6" -> "extended-heading";
            case "ul", "ol" -> "list";
            case "blockquote" -> "extended-quote";
            case "table" -> null; // inside an html card, counted by its comment
            default -> element.tagName();
        };
    }

    private static Map<String, String> storedHtml() throws IOException {
        JsonNode export = JsonMapper.builder().build().readTree(Files.readString(GhostExport.file()));
        Map<String, String> html = new LinkedHashMap<>();
        for (JsonNode post : export.path("db").path(0).path("data").path("posts")) {
            html.put(post.path("id").asString(), post.path("html").asString());
        }
        return html;
    }
}
