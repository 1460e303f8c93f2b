package news.dateline.articles.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A video or post address alone in a paragraph becomes a click-to-load card; nothing else does (ADR 0020). */
class EmbedsTest {

    private static Document rendered(String markdown) {
        return Jsoup.parseBodyFragment(BodyRenderer.render(markdown));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            https://www.youtube.com/watch?v=ScMzIvxBSi4                      | youtube    | ScMzIvxBSi4                    | YouTube    | Load video
            https://youtube.com/watch?feature=share&v=aqz-KE-bpKQ&t=42       | youtube    | aqz-KE-bpKQ                    | YouTube    | Load video
            https://m.youtube.com/watch?v=ScMzIvxBSi4                        | youtube    | ScMzIvxBSi4                    | YouTube    | Load video
            https://youtu.be/ScMzIvxBSi4                                     | youtube    | ScMzIvxBSi4                    | YouTube    | Load video
            https://youtu.be/ScMzIvxBSi4?si=abc                              | youtube    | ScMzIvxBSi4                    | YouTube    | Load video
            https://www.youtube.com/shorts/aqz-KE-bpKQ                       | youtube    | aqz-KE-bpKQ                    | YouTube    | Load video
            https://www.youtube.com/embed/ScMzIvxBSi4?feature=oembed         | youtube    | ScMzIvxBSi4                    | YouTube    | Load video
            https://www.youtube-nocookie.com/embed/ScMzIvxBSi4               | youtube    | ScMzIvxBSi4                    | YouTube    | Load video
            https://www.youtube.com/live/ScMzIvxBSi4                         | youtube    | ScMzIvxBSi4                    | YouTube    | Load video
            https://vimeo.com/76979871                                       | vimeo      | 76979871                       | Vimeo      | Load video
            https://vimeo.com/channels/staffpicks/76979871                   | vimeo      | 76979871                       | Vimeo      | Load video
            https://player.vimeo.com/video/76979871                          | vimeo      | 76979871                       | Vimeo      | Load video
            https://twitter.com/transit_example/status/1854000000000000000   | x          | 1854000000000000000            | X          | Show post
            https://x.com/transit_example/status/1854000000000000000?s=20    | x          | 1854000000000000000            | X          | Show post
            https://mobile.twitter.com/someone/statuses/1854000000000000000  | x          | 1854000000000000000            | X          | Show post
            https://www.instagram.com/p/C1a2B3c4D5e/                         | instagram  | C1a2B3c4D5e                    | Instagram  | Show post
            https://www.instagram.com/reel/C1a2B3c4D5e/?igsh=x               | instagram  | C1a2B3c4D5e                    | Instagram  | Show post
            https://www.facebook.com/examplepage/posts/pfbid02abc            | facebook   | examplepage/posts/pfbid02abc   | Facebook   | Show post
            https://www.facebook.com/examplepage/videos/1234567890/          | facebook   | examplepage/videos/1234567890  | Facebook   | Load video
            https://www.facebook.com/watch/?v=1234567890                     | facebook   | watch/1234567890               | Facebook   | Load video
            https://www.tiktok.com/@scout2015/video/6718335390845095173      | tiktok     | 6718335390845095173            | TikTok     | Load video
            https://soundcloud.com/example-band/first-light                  | soundcloud | example-band/first-light       | SoundCloud | Load audio
            https://soundcloud.com/example-band/sets/live-2026               | soundcloud | example-band/sets/live-2026    | SoundCloud | Load audio
            https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC            | spotify    | track/4uLU6hMCjMI75M1A2tKUQC   | Spotify    | Load audio
            https://open.spotify.com/intl-de/episode/4uLU6hMCjMI75M1A2tKUQC  | spotify    | episode/4uLU6hMCjMI75M1A2tKUQC | Spotify    | Load audio
            https://bsky.app/profile/newsroom.example.com/post/3kabcdefgh2xy | bluesky    | newsroom.example.com/post/3kabcdefgh2xy | Bluesky | Show post
            https://mastodon.social/@reporter/113456789012345678             | mastodon   | @reporter/113456789012345678   | Mastodon   | Show post
            """)
    void everyProviderAddressFormBecomesACardWithItsProviderAndId(String url, String provider, String id, String label,
                                                                  String action) {
        for (String markdown : new String[] {url, "<" + url + ">", "  " + url + "  "}) {
            Document doc = rendered("Before.\n\n" + markdown + "\n\nAfter.");
            assertThat(doc.body().children().eachAttr("data-embed-provider")).as(markdown).containsExactly(provider);
            Element card = doc.selectFirst("body > figure[data-embed-provider]");
            assertThat(card.attr("data-embed-id")).isEqualTo(id);
            Element link = card.selectFirst("> a");
            assertThat(link.attr("href")).isEqualTo(url);
            assertThat(link.selectFirst("strong").text()).isEqualTo(label);
            assertThat(link.selectFirst("cite").text()).doesNotStartWith("http").doesNotStartWith("www.")
                    .isEqualTo(Embed.of(url).orElseThrow().readable());
            assertThat(link.selectFirst("em").text()).isEqualTo(action);
            assertThat(card.selectFirst("figcaption").text()).startsWith("Loading it connects to ")
                    .endsWith(provider.equals("mastodon") ? "mastodon.social." : label + ".");
            assertThat(doc.select("p").eachText()).containsExactly("Before.", "After.");
            assertThat(doc.select("iframe, img, script, [src]")).as("nothing that asks the provider").isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://example.org/report",
            "https://www.youtube.com/",
            "https://www.youtube.com/watch?v=short",
            "https://www.youtube.com/@channel",
            "https://youtube.com.evil.test/watch?v=ScMzIvxBSi4",
            "https://evil.test/youtube.com/watch?v=ScMzIvxBSi4",
            "https://www.youtube.com@evil.test/watch?v=ScMzIvxBSi4",
            "https://www.youtube.com:8443/watch?v=ScMzIvxBSi4",
            "https://youtu.be.evil.test/ScMzIvxBSi4",
            "https://notyoutube.com/watch?v=ScMzIvxBSi4",
            "ftp://www.youtube.com/watch?v=ScMzIvxBSi4",
            "javascript:alert(1)//https://www.youtube.com/watch?v=ScMzIvxBSi4",
            "JavaScript:alert('https://youtu.be/ScMzIvxBSi4')",
            "https://www.youtube.com/watch?v=ScMzIvxBSi4\"onmouseover=\"alert(1)",
            "https://www.youtube.com/watch?v=ScMzIvxBSi4' onerror='alert(1)",
            "https://x.com/home",
            "https://vimeo.com/about",
            "https://localhost/@user/123",
    })
    void anyOtherAddressAloneInAParagraphIsLeftAsItWas(String url) {
        Document doc = rendered(url);
        assertThat(doc.select("figure, [data-embed-provider], [data-embed-id], iframe, script")).as(url).isEmpty();
        assertThat(doc.select("[href^=javascript], [onmouseover], [onerror]")).isEmpty();
        assertThat(doc.body().text()).isEqualTo(url);
    }

    @Test
    void anAddressInsideTextOrAListOrAQuoteOrANamedLinkIsNoCard() {
        Document doc = rendered("""
                Watch https://www.youtube.com/watch?v=ScMzIvxBSi4 now.

                [Our video](https://www.youtube.com/watch?v=ScMzIvxBSi4)

                > https://www.youtube.com/watch?v=ScMzIvxBSi4

                - https://www.youtube.com/watch?v=ScMzIvxBSi4

                    https://www.youtube.com/watch?v=ScMzIvxBSi4

                https://www.youtube.com/watch?v=ScMzIvxBSi4 https://youtu.be/aqz-KE-bpKQ
                """);
        assertThat(doc.select("figure")).isEmpty();
        assertThat(doc.select("a[href]").eachText()).containsExactly("Our video");
    }

    @Test
    void aCardsOnlyExtraAttributesAreTheTwoDataAttributesAndItsTextIsEscaped() {
        String url = "https://www.youtube.com/watch?v=ScMzIvxBSi4&t=1&x=%3Cscript%3E";
        String html = BodyRenderer.render(url);
        assertThat(html).startsWith("<figure data-embed-provider=\"youtube\" data-embed-id=\"ScMzIvxBSi4\"><a href=\"")
                .contains("&amp;t=1").doesNotContain("<script");
        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.body().getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                .map(a -> a.getKey()).distinct()).containsExactlyInAnyOrder("data-embed-provider", "data-embed-id",
                "href", "rel");
    }

    @Test
    void aCardTypedAsHtmlIsEscapedTextNotACard() {
        Document doc = rendered("<figure data-embed-provider=\"youtube\" data-embed-id=\"x&quot; onload=&quot;alert(1)\">"
                + "<a href=\"javascript:alert(1)\">YouTube</a></figure>\n\n"
                + "<p data-embed-provider=\"youtube\">https://youtu.be/ScMzIvxBSi4</p>");
        assertThat(doc.select("figure, [data-embed-provider], [data-embed-id], [onload], [href]")).isEmpty();
        assertThat(doc.body().text()).contains("<figure data-embed-provider=");
    }

    @Test
    void forFeedsACardIsAParagraphLinkingToThePost() {
        String html = BodyRenderer.render("Intro.\n\nhttps://youtu.be/ScMzIvxBSi4\n\nhttps://x.com/a/status/12345\n\nEnd.");
        Document feed = Jsoup.parseBodyFragment(BodyRenderer.withEmbedsAsLinks(html));
        assertThat(feed.select("figure, [data-embed-provider], em, cite")).isEmpty();
        assertThat(feed.select("body > p").eachText()).containsExactly("Intro.", "https://youtu.be/ScMzIvxBSi4",
                "https://x.com/a/status/12345", "End.");
        assertThat(feed.select("p > a[href]").eachAttr("href")).containsExactly("https://youtu.be/ScMzIvxBSi4",
                "https://x.com/a/status/12345");
        assertThat(BodyRenderer.withEmbedsAsLinks("<p>No card.</p>")).isEqualTo("<p>No card.</p>");
    }
}
