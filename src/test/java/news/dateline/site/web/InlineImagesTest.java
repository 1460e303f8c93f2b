package news.dateline.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import news.dateline.articles.Articles;
import news.dateline.media.Image;
import news.dateline.media.ImageCredit;
import news.dateline.media.MediaLibrary;
import news.dateline.media.NewImage;
import news.dateline.support.SiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Library images placed in a story body are shown as the hero is: picture, WebP, size, caption and credit. */
class InlineImagesTest extends SiteTest {

    @Autowired
    Articles articles;
    @Autowired
    MediaLibrary media;

    private InlineStories stories() {
        return new InlineStories(newsdesk(), articles, media);
    }

    private Document page(String path) {
        var response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body(), url(path));
    }

    @Test
    void everyLibraryImageInTheBodyIsAFigureWithWebpSizesCaptionAndCredit() {
        var filed = stories().publish("Inline figures");
        Image image = filed.image();
        String credit = "Disclaimer: This image is taken from " + filed.agency() + " / Jane Doe.";
        Document doc = page(filed.path());

        var figures = doc.select(".article-body figure.inline-image");
        assertThat(figures).hasSize(3);
        assertThat(doc.select(".article-body p figure, .article-body p picture")).isEmpty();
        assertThat(doc.select(".article-body p").stream().filter(p -> p.text().isBlank() && p.select("img").isEmpty())).isEmpty();

        Element alone = figures.get(0);
        assertThat(alone.previousElementSibling().text()).startsWith("First paragraph of");
        assertPicture(alone, image, 1800, 1200, "Boats in the harbour", "/media/" + image.storageKey() + "/");
        assertThat(alone.selectFirst("figcaption .caption").text()).isEqualTo(image.caption());
        assertThat(alone.selectFirst("figcaption .credit").text()).isEqualTo(credit);

        Element inParagraph = figures.get(1);
        assertThat(inParagraph.previousElementSibling().text())
                .isEqualTo("A paragraph with a picture inside and text after it.");
        assertPicture(inParagraph, image, 1800, 1200, "Gulls", "/media/" + image.storageKey() + "/");
        assertThat(inParagraph.selectFirst("figcaption .caption").text()).isEqualTo(InlineStories.OWN_CAPTION);
        assertThat(inParagraph.selectFirst("figcaption .credit").text()).isEqualTo(credit);

        Element crop = figures.get(2);
        assertPicture(crop, image, 1800, 1013, InlineStories.ALT, "/media/" + image.storageKey() + "/16x9-");
        assertThat(crop.selectFirst("figcaption .credit").text()).isEqualTo(credit);

        assertThat(doc.select(".article-body img[src=https://example.org/map.jpg]")).hasSize(1)
                .allSatisfy(img -> assertThat(img.closest("figure")).isNull());
        assertThat(doc.select(".article-body").text()).endsWith("Last paragraph.");

        var cached = untilCached(filed.path());
        assertThat(cached.headers().firstValue("Surrogate-Key").orElseThrow().split(" ")).contains("image-" + image.id());
    }

    @Test
    void linkedImagesKeepTheirLinkAndImagesSharingAParagraphKeepTheirOrderInAGallery() {
        var filed = stories().publish("Inline links", "<script>alert('caption')</script> & more", (headline, image) ->
                "[![Linked](" + image.url(640) + ")](https://example.org/gallery)\n\n"
                + "![One](" + image.url(640) + " \"First\") ![Two](" + image.url(480) + " \"Second\")\n\n"
                + "Closing paragraph of " + headline + ".");
        Document doc = page(filed.path());
        var figures = doc.select(".article-body > figure.inline-image, .article-body > figure.gallery > figure.inline-image");
        assertThat(figures).hasSize(3);
        assertThat(doc.select(".article-body > figure.gallery.gallery-2 > figure")).hasSize(2);
        assertThat(doc.select(".article-body > figure.gallery img").eachAttr("sizes")).containsOnly(ArticleParts.GALLERY_SIZES);
        assertThat(figures.get(0).selectFirst("a[href=https://example.org/gallery] > picture > img").attr("alt")).isEqualTo("Linked");
        assertThat(figures.get(0).selectFirst("figcaption .caption").text()).isEqualTo("<script>alert('caption')</script> & more");
        assertThat(figures.eachAttr("class")).allMatch(c -> c.equals("inline-image"));
        assertThat(figures.stream().map(f -> f.selectFirst("img").attr("alt")).toList()).containsExactly("Linked", "One", "Two");
        assertThat(figures.get(1).selectFirst(".caption").text()).isEqualTo("First");
        assertThat(figures.get(2).selectFirst(".caption").text()).isEqualTo("Second");
        assertThat(doc.select(".article-body script, .article-body a:empty")).isEmpty();
        assertThat(doc.select(".article-body > *").last().text()).startsWith("Closing paragraph of");
        assertThat(doc.select(".article-body > p")).hasSize(1);
    }

    @Test
    void theArticlePageWithInlineFiguresIsValidHtml() throws Exception {
        var filed = stories().publish("Inline valid");
        assertThat(ValidHtmlTest.errorsIn(get(filed.path()).body())).isEmpty();
    }

    @Test
    void structuredDataCarriesTheInlineImagesWithAbsoluteAddressesAndCredit() {
        var filed = stories().publish("Inline structured data");
        JsonNode article = StructuredDataTest.ofType(StructuredDataTest.jsonLd(page(filed.path())), "NewsArticle");
        JsonNode images = article.get("image");
        assertThat(images).hasSize(3);
        for (JsonNode node : images) {
            assertThat(node.get("@type").asString()).isEqualTo("ImageObject");
            assertThat(node.get("url").asString()).startsWith("http://localhost:8080/media/" + filed.image().storageKey() + "/")
                    .endsWith(".jpg");
            assertThat(node.get("width").asInt()).isGreaterThanOrEqualTo(1200);
            assertThat(node.get("creditText").asString()).isEqualTo(filed.agency() + " / Jane Doe");
            assertThat(node.get("creator").get("name").asString()).isEqualTo("Jane Doe");
            assertThat(get(URI.create(node.get("url").asString()).getPath()).statusCode()).isEqualTo(200);
        }
        assertThat(images.get(1).get("caption").asString()).isEqualTo(InlineStories.OWN_CAPTION);
    }

    @Test
    void feedsCarryTheInlineFiguresWithAbsoluteAddressesAndTheCredit() {
        var filed = stories().publish("Inline feed");
        String feedPath = "/feeds/people/" + filed.reporter().slug();
        for (String kind : List.of("rss.xml", "atom.xml")) {
            var response = get(feedPath + "/" + kind);
            assertThat(response.statusCode()).isEqualTo(200);
            Document xml = Jsoup.parse(response.body(), "", org.jsoup.parser.Parser.xmlParser());
            Element entry = xml.selectFirst(kind.startsWith("rss") ? "item" : "entry");
            String html = entry.selectFirst(kind.startsWith("rss") ? "content|encoded" : "entry > content").text();
            Document body = Jsoup.parseBodyFragment(html);
            var figures = body.select("figure.inline-image");
            assertThat(figures).as(kind).hasSize(3);
            for (Element figure : figures) {
                assertThat(figure.selectFirst("img").attr("src")).startsWith("http://localhost:8080/media/");
                assertThat(srcset(figure.selectFirst("source[type=image/webp]")))
                        .allMatch(u -> u.startsWith("http://localhost:8080/media/") && u.endsWith(".webp"));
                assertThat(srcset(figure.selectFirst("img"))).allMatch(u -> u.startsWith("http://localhost:8080/media/"));
                assertThat(figure.selectFirst("img").attr("width")).isNotBlank();
                assertThat(figure.selectFirst("figcaption .credit").text())
                        .isEqualTo("Disclaimer: This image is taken from " + filed.agency() + " / Jane Doe.");
            }
        }
    }

    @Test
    void aChangedCaptionAndCreditShowOnThePageAndInTheFeedAfterTheChange() {
        var filed = stories().publish("Inline credit change");
        String feed = "/feeds/people/" + filed.reporter().slug() + "/atom.xml";
        untilCached(filed.path());
        untilCached(feed);

        String agency = "Wire Service " + System.nanoTime();
        Image image = filed.image();
        media.update(image.id(), new NewImage("A new caption for " + agency, image.altText(), new ImageCredit(agency, "")));

        String line = "Disclaimer: This image is taken from " + agency + ".";
        Document doc = until(filed.path(), d -> d.select(".article-body figure.inline-image .credit").eachText()
                .equals(List.of(line, line, line)));
        assertThat(doc.select(".article-body figure.inline-image .caption").eachText())
                .containsExactly("A new caption for " + agency, InlineStories.OWN_CAPTION, "A new caption for " + agency);
        until(feed, d -> d.text().contains(line));
    }

    /** GETs a page until it shows what is expected; fails after 10 seconds. */
    private Document until(String path, Predicate<Document> shows) {
        return org.awaitility.Awaitility.await(path + " shows the change").atMost(Duration.ofSeconds(10))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10))
                .until(() -> page(path), shows);
    }

    private void assertPicture(Element figure, Image image, int width, int height, String alt, String prefix) {
        Element source = figure.selectFirst("picture > source[type=image/webp]");
        Element img = figure.selectFirst("picture > img");
        assertThat(srcset(source)).hasSizeGreaterThan(3).allMatch(u -> u.startsWith(prefix) && u.endsWith(".webp"));
        assertThat(srcset(img)).hasSizeGreaterThan(3).allMatch(u -> u.startsWith(prefix) && u.endsWith(".jpg"));
        assertThat(source.attr("sizes")).isNotBlank().isEqualTo(img.attr("sizes"));
        assertThat(img.attr("src")).startsWith(prefix).endsWith(".jpg");
        assertThat(img.attr("width")).isEqualTo(String.valueOf(width));
        assertThat(img.attr("height")).isEqualTo(String.valueOf(height));
        assertThat(img.attr("alt")).isEqualTo(alt);
        assertThat(img.attr("loading")).isEqualTo("lazy");
        String webp = srcset(source).get(0);
        var served = get(webp);
        assertThat(served.statusCode()).as(webp).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/webp");
        assertThat(get(img.attr("src")).statusCode()).isEqualTo(200);
    }

    private static List<String> srcset(Element element) {
        assertThat(element).isNotNull();
        return Arrays.stream(element.attr("srcset").split(",")).map(String::strip)
                .peek(c -> assertThat(c).matches("\\S+ \\d+w")).map(c -> c.split(" ")[0]).toList();
    }
}
