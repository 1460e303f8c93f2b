package news.dateline.imports.internal.body;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** WordPress content: classic-editor text (wpautop, bare embed lines), shortcodes and blocks. */
class WordPressBodiesTest {

    private static final String IMG = "<img class=\"size-large wp-image-11\" src=\"http://127.0.0.1:8081/wp-content/"
            + "uploads/2026/12/festival-director-1024x683.jpg\" alt=\"The director\" width=\"1024\" height=\"683\" />";

    @Test
    void classicTextBecomesParagraphsWithLineBreaks() {
        Converted c = Converted.wordpress("First line\nsame paragraph\n\nSecond <strong>para</strong>.\n\n"
                + "<h2>Heading</h2>\n<ul>\n<li>one</li>\n</ul>\n\n<pre>keep\n\nthis</pre>");
        assertThat(c.markdown()).isEqualTo("First line\\\nsame paragraph\n\nSecond **para**.\n\n## Heading\n\n- one\n\n"
                + "```\nkeep\n\nthis\n```");
    }

    @Test
    void aKnownVideoOrPostUrlAloneOnItsLineIsAnEmbedOtherUrlsStayText() {
        Converted c = Converted.wordpress("Watch:\n\nhttps://youtu.be/aqz-KE-bpKQ\n\nhttps://example.org/report\n\n"
                + "[embed]https://vimeo.com/76979871[/embed]\n\n[embed]https://example.org/other[/embed]");
        assertThat(c.blocks()).containsExactly("Watch:", "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
                "https://example.org/report", "https://vimeo.com/76979871",
                "[https://example.org/other](https://example.org/other)");
        assertThat(c.notes()).containsExactly("embed from example.org kept as a link");
    }

    @Test
    void captionShortcodeIsThePictureItsCaptionLivesInTheLibrary() {
        Converted c = Converted.wordpress("[caption id=\"attachment_11\" align=\"aligncenter\" width=\"1024\"]" + IMG
                + " The festival director after the premiere.[/caption]\n\nNext.");
        assertThat(c.blocks()).containsExactly("![The director](/media/k1/festival-director-1024x683.jpg)", "Next.");
        assertThat(c.notes()).isEmpty();
    }

    @Test
    void captionOfAPictureThatCannotBeHadStaysInTheBody() {
        Converted c = Converted.wordpress("[caption id=\"attachment_3\"]<a href=\"http://127.0.0.1:8081/missing.jpg\">"
                + "<img src=\"http://127.0.0.1:8081/missing.jpg\" alt=\"Lost\"></a> Lost &amp; found[/caption]");
        assertThat(c.blocks()).containsExactly("[Lost](http://127.0.0.1:8081/missing.jpg)", "*Lost & found*");
        assertThat(c.notes()).containsExactly("picture not found, kept as a link: http://127.0.0.1:8081/missing.jpg");
    }

    @Test
    void galleryShortcodeAsksForEachAttachmentById() {
        FakeLinks links = new FakeLinks();
        Converted c = Converted.of(news.dateline.imports.internal.source.SourcePost.Format.WORDPRESS,
                "<h2>In pictures</h2>\n\n[gallery ids=\"8, 9,10\" columns=\"3\" size=\"medium\" link=\"file\"]\n\n"
                        + "[gallery columns=\"2\"]", links);
        assertThat(links.images).containsOnlyKeys("wp-attachment:8", "wp-attachment:9", "wp-attachment:10");
        assertThat(c.blocks()).containsExactly("## In pictures", "![](/media/k1/attachment-8.jpg) "
                + "![](/media/k2/attachment-9.jpg) ![](/media/k3/attachment-10.jpg)");
        assertThat(c.notes()).containsExactly("[gallery] without ids dropped (it showed the post's attached pictures)");
        assertThat(c.rendered().select("p > img")).hasSize(3);
    }

    @Test
    void videoAndAudioShortcodesAreLinksWithANote() {
        Converted c = Converted.wordpress("[video width=\"640\" mp4=\"https://example.org/clip.mp4\"][/video]\n\n"
                + "[audio src=\"https://example.org/talk.mp3\"]");
        assertThat(c.blocks()).containsExactly("[https://example.org/clip.mp4](https://example.org/clip.mp4)",
                "[https://example.org/talk.mp3](https://example.org/talk.mp3)");
        assertThat(c.notes()).containsExactly("[video] kept as a link to https://example.org/clip.mp4",
                "[audio] kept as a link to https://example.org/talk.mp3");
    }

    @Test
    void unknownShortcodesAreRemovedWithANoteBracketedWordsStay() {
        Converted c = Converted.wordpress("<!-- wp:paragraph --><p>A: [transcript to follow] [sic] [Updated] [1]"
                + "[contact-form-7 id=\"12\" title=\"Contact\"] [foo] [[gallery]] [note]kept text[/note]</p>"
                + "<!-- /wp:paragraph -->");
        assertThat(c.markdown()).isEqualTo("A: \\[transcript to follow\\] \\[sic\\] \\[Updated\\] \\[1\\] "
                + "\\[gallery\\] kept text");
        assertThat(c.notes()).containsExactly("unknown shortcode [contact-form-7] dropped",
                "unknown shortcode [foo] dropped", "unknown shortcode [note] dropped");
    }

    @Test
    void blockGalleryIsOneParagraphWithoutTheAttachmentCaptions() {
        Converted c = Converted.wordpress("<!-- wp:gallery --><figure class=\"wp-block-gallery\"><!-- wp:image -->"
                + "<figure class=\"wp-block-image\"><img src=\"http://x.test/a-1024x576.jpg\" alt=\"A\" class=\"wp-image-1\"/>"
                + "<figcaption>Cap A</figcaption></figure><!-- /wp:image --><figure class=\"wp-block-image\">"
                + "<img src=\"http://x.test/b.jpg\" alt=\"B\"/><figcaption>Cap B</figcaption></figure>"
                + "<figcaption class=\"blocks-gallery-caption\">The whole set</figcaption></figure><!-- /wp:gallery -->");
        assertThat(c.blocks()).containsExactly("![A](/media/k1/a-1024x576.jpg) ![B](/media/k2/b.jpg)", "*The whole set*");
    }

    @Test
    void embedBlockIsTheUrlAndPullquoteAQuote() {
        Converted c = Converted.wordpress("<!-- wp:embed {\"url\":\"https://twitter.com/a_b/status/123456789\"} -->"
                + "<figure class=\"wp-block-embed is-provider-twitter wp-block-embed-twitter\"><div "
                + "class=\"wp-block-embed__wrapper\">\nhttps://twitter.com/a_b/status/123456789?s=20\n</div>"
                + "<figcaption>The post</figcaption></figure><!-- /wp:embed --><!-- wp:pullquote --><figure "
                + "class=\"wp-block-pullquote\"><blockquote><p>Said.</p><cite>Her</cite></blockquote></figure>");
        assertThat(c.blocks()).containsExactly("https://twitter.com/a_b/status/123456789", "*The post*",
                "> Said.\n>\n> — Her");
        assertThat(c.rendered().select("p").first().text()).isEqualTo("https://twitter.com/a_b/status/123456789");
    }

    @Test
    void otherCoreBlocksKeepWhatTheyShowAndDynamicOnesAreNoted() {
        Converted c = Converted.wordpress("<!-- wp:latest-posts {\"postsToShow\":3} /--><!-- wp:block {\"ref\":7} /-->"
                + "<!-- wp:details --><details class=\"wp-block-details\"><summary>Why?</summary><p>Because.</p>"
                + "</details><!-- /wp:details --><!-- wp:buttons --><div class=\"wp-block-buttons\"><div class=\""
                + "wp-block-button\"><a class=\"wp-block-button__link\" href=\"https://example.org/go\">Go</a></div></div>"
                + "<!-- /wp:buttons --><!-- wp:video --><figure class=\"wp-block-video\"><video controls src=\""
                + "http://127.0.0.1:8081/wp-content/uploads/clip.mp4\"></video><figcaption>The clip</figcaption></figure>"
                + "<!-- /wp:video --><!-- wp:more --><!--more--><!-- /wp:more -->");
        assertThat(c.blocks()).containsExactly("#### Why?", "Because.", "[Go](https://example.org/go)",
                "[clip.mp4](http://127.0.0.1:8081/wp-content/uploads/clip.mp4)", "*The clip*");
        assertThat(c.notes()).containsExactly("WordPress block latest-posts dropped (the site made it when a page was shown)",
                "WordPress reusable block dropped (its content is not in the export)",
                "video kept as a link: http://127.0.0.1:8081/wp-content/uploads/clip.mp4");
    }

    @Test
    void hostileShortcodeTextStaysLinear() {
        String unclosed = "[caption id=\"1\"]<img src=\"a.jpg\">".repeat(5_000);
        String unbalanced = "[" + "x".repeat(100_000);
        Converted c = Converted.wordpress(unclosed + "\n\n" + unbalanced);
        assertThat(c.blocks()).hasSize(5_001).first().isEqualTo("![](/media/k1/a.jpg)");
        assertThat(c.markdown()).doesNotContain("[caption").endsWith("x".repeat(1000));
    }
}
