package news.dateline.articles.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The body is CommonMark rendered to HTML from which every active content is removed. */
class BodyRendererTest {

    @Test
    void rendersTheFormattingNewsroomsUse() {
        String html = BodyRenderer.render("""
                First paragraph with **bold**, *italic* and a [link](https://example.org/report).

                ## A subhead

                > A pull quote.

                - one
                - two
                """);
        assertThat(html)
                .contains("<p>First paragraph with <strong>bold</strong>, <em>italic</em> and a "
                        + "<a href=\"https://example.org/report\" rel=\"noopener\">link</a>.</p>")
                .contains("<h2>A subhead</h2>")
                .contains("<blockquote>")
                .contains("<li>one</li>");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "Hello <img src=x onerror=alert(1)>",
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<svg onload=alert(1)>",
            "![x](javascript:alert(1))",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<p style=\"background:url(javascript:alert(1))\" onclick=\"alert(1)\">x</p>",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    })
    void noScriptEventHandlerOrJavascriptUrlEverReachesAReader(String hostile) {
        Document rendered = Jsoup.parseBodyFragment(BodyRenderer.render(hostile));
        assertThat(rendered.select("script, iframe, svg, object, embed, style, form")).isEmpty();
        rendered.getAllElements().forEach(element -> element.attributes().forEach(attribute -> {
            assertThat(attribute.getKey()).doesNotStartWith("on").isNotEqualTo("style");
            assertThat(attribute.getValue().toLowerCase().replaceAll("\\s", ""))
                    .doesNotContain("javascript:").doesNotStartWith("data:");
        }));
    }

    @Test
    void rawHtmlIsShownAsTextNotExecuted() {
        assertThat(BodyRenderer.render("<script>alert(1)</script>")).contains("&lt;script&gt;");
    }

    @Test
    void relativeLinksAndImagesAreKept() {
        String html = BodyRenderer.render("See [World](/world) and ![A map](https://example.org/map.jpg) "
                + "and ![Library image](/media/abc123/1024.jpg)");
        assertThat(html).contains("href=\"/world\"").contains("<img src=\"https://example.org/map.jpg\" alt=\"A map\"")
                .contains("<img src=\"/media/abc123/1024.jpg\" alt=\"Library image\"");
    }
}
