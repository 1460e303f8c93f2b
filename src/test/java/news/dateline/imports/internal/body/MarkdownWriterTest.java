package news.dateline.imports.internal.body;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rules of writing plain HTML (a feed's body) as Dateline CommonMark, each with a small input. */
class MarkdownWriterTest {

    @Test
    void paragraphsAndHeadingsFromH1ToH6() {
        Converted c = Converted.html("<p>One</p><h1>Title in body</h1><h2>Two</h2><h3>Three</h3><h5>Five</h5>"
                + "<p>Last<br>line</p>");
        assertThat(c.markdown()).isEqualTo("One\n\n## Title in body\n\n## Two\n\n### Three\n\n#### Five\n\nLast\\\nline");
        assertThat(c.rendered().select("h2")).hasSize(2);
        assertThat(c.rendered().select("p br")).hasSize(1);
    }

    @Test
    void boldItalicCodeAndLinksThroughTheEngine() {
        Converted c = Converted.html("<p>A <strong>bold</strong>, <em>italic </em>word, <code>a`b</code> and "
                + "<a href=\"http://127.0.0.1:8081/2026/10/08/drought/\">a story</a> and "
                + "<a href=\"https://example.org/x (1)\">another</a>.</p>");
        assertThat(c.markdown()).isEqualTo("A **bold**, *italic* word, ``a`b`` and [a story](/world/drought) and "
                + "[another](https://example.org/x%20\\(1\\)).");
        assertThat(c.rendered().select("a").eachAttr("href")).containsExactly("/world/drought",
                "https://example.org/x%20(1)");
        assertThat(c.rendered().select("strong, em, code").eachText()).containsExactly("bold", "italic", "a`b");
    }

    @Test
    void punctuationAtAnEmphasisEdgeNextToAWordMovesOutside() {
        Converted c = Converted.html("<p><strong>Note:</strong>read this, <em>„quoted“</em>word, "
                + "a<strong>\"b\"</strong>c and <strong>Update:</strong> fine.</p>");
        assertThat(c.markdown()).isEqualTo("**Note**:read this, *„quoted*“word, a\"**b**\"c and **Update:** fine.");
        assertThat(c.rendered().select("strong, em").eachText()).containsExactly("Note", "„quoted", "b", "Update:");
    }

    @Test
    void unsafeLinksAreDroppedWithANoteTheirTextKept() {
        Converted c = Converted.html("<p><a href=\"javascript:alert(1)\">Click</a> <a href=\" JaVa\tScRiPt:x\">me</a>"
                + " <a href=\"data:text/html,x\">now</a> <a href=\"mailto:desk@example.test\">mail</a></p>");
        assertThat(c.markdown()).isEqualTo("Click me now [mail](mailto:desk@example.test)");
        assertThat(c.notes()).containsExactly("unsafe link javascript: dropped, its text kept",
                "unsafe link data: dropped, its text kept");
    }

    @Test
    void markdownCharactersInTextStayLiteral() {
        String html = "<p>5 * 3 = 15, snake_case_name, [not a link](x), &lt;b&gt;, a \\ b, `tick`, &amp;amp; and |</p>"
                + "<p># not a heading</p><p>1. not a list</p><p>- not a bullet</p><p>&gt; not a quote</p>"
                + "<p>***</p><p>2026) year</p><p>+ plus</p><p>==</p>";
        Converted c = Converted.html(html);
        assertThat(c.rendered().select("p").eachText()).containsExactly(
                "5 * 3 = 15, snake_case_name, [not a link](x), <b>, a \\ b, `tick`, &amp; and |", "# not a heading",
                "1. not a list", "- not a bullet", "> not a quote", "***", "2026) year", "+ plus", "==");
        assertThat(c.rendered().select("h1, h2, ol, ul, blockquote, hr, em, strong, code, a, b")).isEmpty();
        assertThat(c.markdown()).startsWith("5 \\* 3 = 15, snake_case_name, \\[not a link\\](x), \\<b>,");
        assertThat(Converted.html("<p>_a_ __b__ c_</p>").rendered().select("p").html()).isEqualTo("_a_ __b__ c_");
    }

    @Test
    void nonAsciiTextIsKeptExactly() {
        String text = "★★★★☆ „Wärme für alle“ – Київ готується до зими, Zoë Ångström, 東京";
        assertThat(Converted.html("<p>" + text + "</p>").markdown()).isEqualTo(text);
    }

    @Test
    void nestedListsAndListsInARowStaySeparate() {
        Converted c = Converted.html("<ol><li>First<ul><li>a</li><li>b<ol start=\"3\"><li>deep</li></ol></li></ul></li>"
                + "<li><p>Second</p><p>more</p></li></ol><ul><li>x</li></ul><ul><li>y</li></ul>");
        assertThat(c.rendered().select("body > ol > li")).hasSize(2);
        assertThat(c.rendered().select("ol > li > ul > li")).hasSize(2);
        assertThat(c.rendered().select("ul > li > ol[start=3] > li").text()).isEqualTo("deep");
        assertThat(c.rendered().select("body > ul")).hasSize(2);
        // an ordered list not starting at 1 may not interrupt a paragraph: a blank line before it
        assertThat(c.markdown()).startsWith("1. First\n   - a\n   - b\n\n     3. deep\n2. Second\n\n   more\n\n- x\n\n* y");
    }

    @Test
    void quotesEndWithTheirAttribution() {
        Converted c = Converted.html("<blockquote><p>First.</p><p>Second.</p><cite>— Jane Doe</cite></blockquote>"
                + "<figure><blockquote><p>Pulled.</p></blockquote><figcaption>The author</figcaption></figure>");
        assertThat(c.markdown()).isEqualTo("> First.\n>\n> Second.\n>\n> — Jane Doe\n\n> Pulled.\n>\n> — The author");
        assertThat(c.rendered().select("blockquote")).hasSize(2);
    }

    @Test
    void tablesAreGfmTablesWithAHeaderRowAndTheirCaptionAfter() {
        Converted c = Converted.html("<table><caption>Seats</caption><tr><td>Party</td><td>Seats</td></tr>"
                + "<tr><td>A | B</td><td><p>4</p><p>1</p></td></tr><tr><td colspan=\"2\">Total<br>5</td></tr></table>");
        assertThat(c.markdown()).isEqualTo("| Party | Seats |\n| --- | --- |\n| A \\| B | 4 1 |\n| Total 5 | |\n\n*Seats*");
        assertThat(c.rendered().select("thead th").eachText()).containsExactly("Party", "Seats");
        assertThat(c.rendered().select("tbody tr")).hasSize(2);
        assertThat(c.rendered().select("tbody td").first().text()).isEqualTo("A | B");
    }

    @Test
    void codeBlocksAreFencedWithTheirLanguage() {
        Converted c = Converted.html("<pre><code class=\"language-java\">int a = 1;\n// ```\nb *= 2;</code></pre>"
                + "<pre>plain<br>text</pre><hr>");
        assertThat(c.markdown()).isEqualTo("````java\nint a = 1;\n// ```\nb *= 2;\n````\n\n```\nplain\ntext\n```\n\n---");
        assertThat(c.rendered().select("pre > code").first().wholeText()).isEqualTo("int a = 1;\n// ```\nb *= 2;\n");
        assertThat(c.rendered().select("hr")).hasSize(1);
    }

    @Test
    void aPictureIsItsOwnParagraphAndKeepsItsCaptionWhenNoLibraryRecordHoldsIt() {
        Converted c = Converted.html("<p>Before <img src=\"https://cdn.example.org/a.jpg\" alt=\"A [big] one\"> after</p>"
                + "<figure><a href=\"https://cdn.example.org/b-1024x683.jpg\"><img src=\"https://cdn.example.org/b.jpg\""
                + " alt=\"B\"></a><figcaption>Caption <em>here</em></figcaption></figure>");
        assertThat(c.blocks()).containsExactly("Before", "![A \\[big\\] one](/media/k1/a.jpg)", "after",
                "![B](/media/k2/b.jpg)", "*Caption here*");
        assertThat(c.notes()).isEmpty();
        assertThat(c.rendered().select("img").eachAttr("alt")).containsExactly("A [big] one", "B");
    }

    @Test
    void aPictureThatCannotBeHadStaysALinkWithANote() {
        Converted c = Converted.html("<figure><img src=\"https://old.example.org/missing.jpg\" alt=\"Gone\">"
                + "<figcaption>Still told</figcaption></figure><p><a href=\"https://example.org/page\">"
                + "<img src=\"https://old.example.org/c.jpg\" alt=\"C\"></a></p>");
        assertThat(c.blocks()).containsExactly("[Gone](https://old.example.org/missing.jpg)", "*Still told*",
                "![C](/media/k1/c.jpg)");
        assertThat(c.notes()).containsExactly("picture not found, kept as a link: https://old.example.org/missing.jpg",
                "link around a picture dropped: https://example.org/page");
    }

    @Test
    void scriptsStylesFormsAndEventHandlersAreDropped() {
        Converted c = Converted.html("<p onclick=\"steal()\">Text<script>alert(1)</script></p><style>p{}</style>"
                + "<form action=\"/x\"><label>Your e-mail</label><input name=\"e\"></form>"
                + "<iframe src=\"https://ads.example.net/frame\"></iframe><object data=\"https://x.example.com/a.swf\">"
                + "</object><p><img src=\"x.jpg\" onerror=\"steal()\" alt=\"x\"></p>");
        assertThat(c.markdown()).isEqualTo("Text\n\n![x](/media/k1/x.jpg)");
        assertThat(c.notes()).containsExactly("script dropped", "form dropped (its text: Your e-mail)",
                "iframe from ads.example.net dropped", "object from x.example.com dropped");
    }

    @Test
    void aPlayerIframeIsAnEmbedAndMediaAreLinks() {
        Converted c = Converted.html("<div><iframe src=\"https://www.youtube-nocookie.com/embed/abcDEF12345?rel=0\">"
                + "</iframe></div><p><iframe src=\"https://player.vimeo.com/video/76979871\"></iframe></p>"
                + "<video controls><source src=\"https://cdn.example.org/clip.mp4\"></video>");
        assertThat(c.blocks()).containsExactly("https://www.youtube.com/watch?v=abcDEF12345",
                "https://vimeo.com/76979871", "[clip.mp4](https://cdn.example.org/clip.mp4)");
        assertThat(c.notes()).containsExactly("video kept as a link: https://cdn.example.org/clip.mp4");
        assertThat(c.embeds()).containsExactly("https://www.youtube.com/watch?v=abcDEF12345", "https://vimeo.com/76979871");
    }

    @Test
    void aGalleryAsWordPressShowsItIsOneParagraphItsCaptionsAfter() {
        Converted c = Converted.html("<div id=\"gallery-1\" class=\"gallery galleryid-45 gallery-columns-3\">"
                + "<figure class=\"gallery-item\"><div class=\"gallery-icon\"><a href=\"https://x.test/a.jpg\">"
                + "<img src=\"https://x.test/a-300x200.jpg\" alt=\"A\"></a></div><figcaption class=\"wp-caption-text\">"
                + "First</figcaption></figure><figure class=\"gallery-item\"><div class=\"gallery-icon\">"
                + "<img src=\"https://x.test/b-300x200.jpg\" alt=\"B\"></div></figure></div>");
        assertThat(c.blocks()).containsExactly("![A](/media/k1/a-300x200.jpg) ![B](/media/k2/b-300x200.jpg)", "*First*");
        assertThat(c.notes()).isEmpty();
    }

    @Test
    void notesAreEachGivenOnceAndBounded() {
        StringBuilder html = new StringBuilder("<p><a href=\"javascript:x\">a</a><a href=\"javascript:y\">b</a></p>");
        for (int i = 0; i < 60; i++) {
            html.append("<img src=\"https://x.test/missing-").append(i).append(".jpg\">");
        }
        Converted c = Converted.html(html.toString());
        assertThat(c.notes()).hasSize(Conversion.MAX_NOTES + 1).startsWith(
                "unsafe link javascript: dropped, its text kept", "picture not found, kept as a link: "
                        + "https://x.test/missing-0.jpg").endsWith("11 more notes like these left out");
    }

    @Test
    void deeplyNestedHtmlIsBounded() {
        String html = "<div>".repeat(5000) + "<span>".repeat(5000) + "deep text" + "</span>".repeat(5000)
                + "</div>".repeat(5000);
        assertThat(Converted.html(html).text()).isEqualTo("deep text");
    }

    @Test
    void emptyAndBlankBodiesGiveAnEmptyBody() {
        assertThat(Converted.html("").markdown()).isEmpty();
        assertThat(Converted.html("  <p> </p><div></div>").markdown()).isEmpty();
    }
}
