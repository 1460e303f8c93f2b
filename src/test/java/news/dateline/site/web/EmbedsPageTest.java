package news.dateline.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.dateline.articles.Articles;
import news.dateline.media.MediaLibrary;
import news.dateline.support.SiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An article page with embeds and a gallery (ADR 0020): cards that ask nothing of any other site, a gallery of
 * pictures with their credits and keys, a policy that frames only the players, feeds with plain links.
 */
class EmbedsPageTest extends SiteTest {

    @Autowired
    Articles articles;
    @Autowired
    MediaLibrary media;

    private Document page(String path) {
        var response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body(), url(path));
    }

    @Test
    void thePageShowsClickToLoadCardsAndAGalleryAndAsksNoOtherSiteForAnything() throws Exception {
        var filed = EmbedStories.publish(newsdesk(), articles, media, "Embeds page");
        var response = get(filed.path());
        Document doc = page(filed.path());

        var cards = doc.select(".article-body > figure[data-embed-provider]");
        assertThat(cards.eachAttr("data-embed-provider")).containsExactly("youtube", "x");
        Element video = cards.get(0);
        assertThat(video.attr("data-embed-id")).isEqualTo("ScMzIvxBSi4");
        assertThat(video.selectFirst("> a").attr("href")).isEqualTo(EmbedStories.VIDEO);
        assertThat(video.selectFirst("> a").text()).isEqualTo("YouTube youtube.com/watch?v=ScMzIvxBSi4 Load video");
        assertThat(video.selectFirst("figcaption").text()).isEqualTo("Loading it connects to YouTube.");
        assertThat(cards.get(1).selectFirst("> a").text())
                .isEqualTo("X twitter.com/transit_example/status/1854000000000000000 Show post");
        assertThat(doc.select(".article-body > p").eachText()).contains(EmbedStories.OTHER, "Pictures from the opening night.");

        var gallery = doc.select(".article-body > figure.gallery.gallery-3 > figure.inline-image");
        assertThat(gallery).hasSize(3);
        assertThat(gallery.select("img").eachAttr("alt")).containsExactly("Crowds", "Screen", "Gate");
        assertThat(gallery.select("figcaption .credit").eachText()).containsOnly(
                "Disclaimer: This image is taken from " + filed.agency() + " / Jane Doe.");
        assertThat(gallery.get(1).selectFirst("figcaption .caption").text()).isEqualTo("The big screen");

        var fetched = doc.select("[src], [srcset], link[href], iframe, object, embed");
        assertThat(fetched).noneMatch(e -> e.is("iframe, object, embed"));
        List<String> addresses = fetched.stream().flatMap(e -> java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(e.absUrl("src"), e.is("link") ? e.absUrl("href") : ""),
                        java.util.Arrays.stream(e.attr("srcset").split(",")).map(c -> c.strip().split(" ")[0])
                                .filter(u -> !u.isEmpty()).map(u -> java.net.URI.create(url("/")).resolve(u).toString())))
                .filter(u -> !u.isEmpty()).toList();
        assertThat(addresses).hasSizeGreaterThan(10).allSatisfy(u -> assertThat(java.net.URI.create(u).getHost())
                .as(u).isIn("localhost", "127.0.0.1"));
        assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-src 'self' https://www.youtube-nocookie.com https://player.vimeo.com ");
        assertThat(ValidHtmlTest.errorsIn(response.body())).isEmpty();

        var cached = untilCached(filed.path());
        assertThat(cached.headers().firstValue("Surrogate-Key").orElseThrow().split(" "))
                .contains("image-" + filed.image().id());
    }

    @Test
    void feedsShowEmbedsAsPlainLinksAndGalleriesAsTheirPictures() {
        var filed = EmbedStories.publish(newsdesk(), articles, media, "Embeds feed");
        String feedPath = "/feeds/people/" + filed.reporter().slug();
        for (String kind : List.of("rss.xml", "atom.xml")) {
            var response = get(feedPath + "/" + kind);
            assertThat(response.statusCode()).isEqualTo(200);
            Document xml = Jsoup.parse(response.body(), "", org.jsoup.parser.Parser.xmlParser());
            Element entry = xml.selectFirst(kind.startsWith("rss") ? "item" : "entry");
            String html = entry.selectFirst(kind.startsWith("rss") ? "content|encoded" : "entry > content").text();
            Document body = Jsoup.parseBodyFragment(html);
            assertThat(body.select("[data-embed-provider], [data-embed-id], iframe, cite")).as(kind).isEmpty();
            assertThat(body.text()).as(kind).doesNotContain("Load video", "Show post", "Loading it connects");
            assertThat(body.select("body > p > a[href]").eachAttr("href")).as(kind)
                    .containsExactly(EmbedStories.VIDEO, EmbedStories.POST);
            assertThat(body.select("body > p").eachText()).as(kind).contains(EmbedStories.VIDEO, EmbedStories.POST,
                    EmbedStories.OTHER, "Pictures from the opening night.");
            var pictures = body.select("figure.gallery > figure.inline-image img");
            assertThat(pictures).as(kind).hasSize(3)
                    .allSatisfy(img -> assertThat(img.attr("src")).startsWith("http://localhost:8080/media/"));
        }
    }
}
