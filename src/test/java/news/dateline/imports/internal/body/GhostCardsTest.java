package news.dateline.imports.internal.body;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Ghost cards beyond those the real export holds. */
class GhostCardsTest {

    @Test
    void ghostUrlPlaceholdersReachTheEngineUntouched() {
        java.util.List<String> asked = new java.util.ArrayList<>();
        BodyLinks links = new BodyLinks() {
            @Override
            public java.util.Optional<String> image(String url) {
                asked.add(url);
                return java.util.Optional.of("/media/k1/a.jpg");
            }

            @Override
            public String link(String url) {
                asked.add(url);
                return url.equals("__GHOST_URL__/night-train/") ? "/politics/night-train" : url;
            }
        };
        ConvertedBody body = new BodyConverter().convert(news.dateline.imports.internal.source.SourcePost.Format.GHOST,
                "<p>See <a href=\"__GHOST_URL__/night-train/\">the vote</a>.</p><figure class=\"kg-card kg-image-card\">"
                        + "<img src=\"__GHOST_URL__/content/images/2026/12/a.jpg\" alt=\"A\"></figure>", links);
        assertThat(asked).containsExactly("__GHOST_URL__/night-train/", "__GHOST_URL__/content/images/2026/12/a.jpg");
        assertThat(body.markdown()).isEqualTo("See [the vote](/politics/night-train).\n\n![A](/media/k1/a.jpg)");
    }

    @Test
    void embedCardsOfOtherPlayersAndUnknownOnes() {
        Converted c = Converted.ghost("<figure class=\"kg-card kg-embed-card\"><iframe "
                + "src=\"https://player.vimeo.com/video/76979871?h=1\"></iframe></figure><figure class=\"kg-card "
                + "kg-embed-card\"><blockquote class=\"instagram-media\" data-instgrm-permalink=\"https://www.instagram"
                + ".com/p/CxYz123/?utm_source=ig\"></blockquote><script src=\"//www.instagram.com/embed.js\"></script>"
                + "</figure><figure class=\"kg-card kg-embed-card kg-card-hascaption\"><iframe src=\"https://maps.example"
                + ".com/embed?x=1\"></iframe><figcaption>Where it happened</figcaption></figure>");
        assertThat(c.blocks()).containsExactly("https://vimeo.com/76979871", "https://www.instagram.com/p/CxYz123/",
                "*Where it happened*");
        assertThat(c.notes()).containsExactly("Ghost embed card from maps.example.com dropped");
    }

    @Test
    void unknownCardsKeepTheirTextWithANoteAndUnknownMarkersAreNoted() {
        Converted c = Converted.ghost("<div class=\"kg-card kg-product-card\"><h4>Gadget</h4><p>It is good.</p></div>"
                + "<!--kg-card-begin: foo--><p>after</p><!--kg-card-end: foo-->");
        assertThat(c.blocks()).containsExactly("#### Gadget", "It is good.", "after");
        assertThat(c.notes()).containsExactly("unknown Ghost card marker <!--kg-card-begin: foo--> dropped",
                "Ghost product card kept as plain content");
    }

    @Test
    void videoCardIsALinkToItsFileNotItsControls() {
        Converted c = Converted.ghost("<figure class=\"kg-card kg-video-card\"><div class=\"kg-video-container\">"
                + "<video src=\"https://g.example.org/content/media/clip.mp4\" poster=\"https://img.spacergif.org/v1/a.png\">"
                + "</video><div class=\"kg-video-overlay\"><button>Play</button></div><img src=\"https://img.spacergif.org/"
                + "spacer.png\"></div></figure>");
        assertThat(c.blocks()).containsExactly("[clip.mp4](https://g.example.org/content/media/clip.mp4)");
        assertThat(c.notes()).containsExactly("video kept as a link: https://g.example.org/content/media/clip.mp4");
    }

    @Test
    void calloutKeepsItsInlineMarkupAndToggleItsParagraphs() {
        Converted c = Converted.ghost("<div class=\"kg-card kg-callout-card\"><div class=\"kg-callout-emoji\">💡</div>"
                + "<div class=\"kg-callout-text\">Read <a href=\"http://127.0.0.1:2368/x/\">this</a> <b>first</b></div>"
                + "</div><div class=\"kg-card kg-toggle-card\"><div class=\"kg-toggle-heading\"><h4 class=\"kg-toggle-"
                + "heading-text\">Why?</h4><button class=\"kg-toggle-card-icon\"><svg><path d=\"M1\"></path></svg>"
                + "</button></div><div class=\"kg-toggle-content\"><p>Because.</p><p>And more.</p></div></div>");
        assertThat(c.blocks()).containsExactly("> 💡 Read [this](/world/x) **first**", "#### Why?", "Because.",
                "And more.");
        assertThat(c.notes()).isEmpty();
    }
}
