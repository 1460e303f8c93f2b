package news.dateline.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.StreamSupport;
import javax.imageio.ImageIO;
import news.dateline.articles.Article;
import news.dateline.articles.ArticleWorkflow;
import news.dateline.articles.Articles;
import news.dateline.articles.CorrectionKind;
import news.dateline.articles.Staff;
import news.dateline.people.People;
import news.dateline.sections.Sections;
import news.dateline.support.SiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON-LD, Open Graph and X card tags as served, for the seed article and the other page kinds. */
class StructuredDataTest extends SiteTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SEED_URL = "http://localhost:8080" + PublicPagesTest.SEED;

    @Autowired
    Articles articles;
    @Autowired
    ArticleWorkflow workflow;
    @Autowired
    Sections sections;
    @Autowired
    People people;
    @Autowired
    news.dateline.accounts.Accounts accounts;

    private Document page(String path) {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    static JsonNode jsonLd(Document doc) {
        var scripts = doc.select("script[type=application/ld+json]");
        assertThat(scripts).hasSize(1);
        return JSON.readTree(scripts.first().data());
    }

    static JsonNode ofType(JsonNode root, String type) {
        return StreamSupport.stream(root.get("@graph").spliterator(), false)
                .filter(n -> n.get("@type").asString().equals(type)).findFirst().orElseThrow();
    }

    static String meta(Document doc, String property) {
        var tag = doc.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        assertThat(tag).as(property).isNotNull();
        return tag.attr("content");
    }

    @Test
    void theSeedArticleIsANewsArticleWithEveryField() throws Exception {
        Document doc = page(PublicPagesTest.SEED);
        JsonNode root = jsonLd(doc);
        assertThat(root.get("@context").asString()).isEqualTo("https://schema.org");
        JsonNode article = ofType(root, "NewsArticle");

        assertThat(article.get("headline").asString())
                .isEqualTo("Xi Jinping arrived in Moscow to show support for Putin after Ukrainian drone strikes on the capital.");
        assertThat(article.get("description").asString()).startsWith("Chinese President Xi Jinping arrived in Moscow on May 7")
                .isEqualTo(doc.selectFirst("meta[name=description]").attr("content"));
        assertThat(article.get("datePublished").asString()).isEqualTo("2025-05-08T07:30:00+01:00")
                .isEqualTo(doc.selectFirst("time.published").attr("datetime"));
        assertThat(article.get("dateModified").asString()).isEqualTo("2025-05-08T07:30:00+01:00");
        assertThat(article.get("author")).hasSize(1);
        assertThat(article.get("author").get(0).get("@type").asString()).isEqualTo("Person");
        assertThat(article.get("author").get(0).get("name").asString()).isEqualTo("Aditya G. Varma");
        assertThat(article.get("author").get(0).get("url").asString()).isEqualTo("http://localhost:8080/people/aditya-g-varma");
        JsonNode publisher = article.get("publisher");
        assertThat(publisher.get("@type").asString()).isEqualTo("Organization");
        assertThat(publisher.get("name").asString()).isEqualTo("Dateline");
        assertThat(publisher.get("logo").get("url").asString()).isEqualTo("http://localhost:8080/assets/logo.png");
        assertThat(served(publisher.get("logo").get("url").asString(), "image/png").getWidth()).isEqualTo(512);
        assertThat(article.get("articleSection").asString()).isEqualTo("World");
        assertThat(article.get("mainEntityOfPage").get("@id").asString()).isEqualTo(SEED_URL)
                .isEqualTo(doc.selectFirst("link[rel=canonical]").attr("href"));

        JsonNode images = article.get("image");
        assertThat(images).hasSize(3);
        List<double[]> ratios = List.of(new double[] {16, 9}, new double[] {4, 3}, new double[] {1, 1});
        for (int i = 0; i < 3; i++) {
            JsonNode image = images.get(i);
            assertThat(image.get("@type").asString()).isEqualTo("ImageObject");
            int width = image.get("width").asInt();
            int height = image.get("height").asInt();
            assertThat(width).isGreaterThanOrEqualTo(1200);
            assertThat((double) width / height).isCloseTo(ratios.get(i)[0] / ratios.get(i)[1], org.assertj.core.data.Offset.offset(0.01));
            var pixels = served(image.get("url").asString(), "image/jpeg");
            assertThat(pixels.getWidth()).isEqualTo(width);
            assertThat(pixels.getHeight()).isEqualTo(height);
            assertThat(image.get("creditText").asString()).isEqualTo("Reuters");
            assertThat(image.get("creator").get("name").asString()).isEqualTo("Reuters");
            assertThat(image.get("copyrightNotice").asString()).isEqualTo("© 2025 Reuters");
            assertThat(image.get("license").asString()).startsWith("https://");
            assertThat(image.get("acquireLicensePage").asString()).startsWith("https://");
        }

        JsonNode crumbs = ofType(root, "BreadcrumbList").get("itemListElement");
        assertThat(crumbs).hasSize(3);
        assertThat(crumbs.get(0).get("item").asString()).isEqualTo("http://localhost:8080/");
        assertThat(crumbs.get(1).get("name").asString()).isEqualTo("World");
        assertThat(crumbs.get(1).get("item").asString()).isEqualTo("http://localhost:8080/world");
        assertThat(crumbs.get(2).get("item").asString()).isEqualTo(SEED_URL);
        assertThat(crumbs.get(2).get("position").asInt()).isEqualTo(3);
    }

    @Test
    void theSeedArticleCarriesOpenGraphAndXCardTags() throws Exception {
        Document doc = page(PublicPagesTest.SEED);

        assertThat(meta(doc, "og:type")).isEqualTo("article");
        assertThat(meta(doc, "og:title"))
                .isEqualTo("Xi Jinping arrived in Moscow to show support for Putin after Ukrainian drone strikes on the capital.");
        assertThat(meta(doc, "og:description")).isEqualTo(doc.selectFirst("meta[name=description]").attr("content")).isNotBlank();
        assertThat(meta(doc, "og:url")).isEqualTo(SEED_URL);
        assertThat(meta(doc, "og:site_name")).isEqualTo("Dateline");
        var image = served(meta(doc, "og:image"), "image/jpeg");
        assertThat(meta(doc, "og:image:width")).isEqualTo(String.valueOf(image.getWidth())).isEqualTo("1280");
        assertThat(meta(doc, "og:image:height")).isEqualTo(String.valueOf(image.getHeight())).isEqualTo("720");
        assertThat(meta(doc, "og:image:alt")).startsWith("Illustration of the Moscow skyline");
        assertThat(meta(doc, "article:published_time")).isEqualTo("2025-05-08T07:30:00+01:00");
        assertThat(meta(doc, "article:modified_time")).isEqualTo("2025-05-08T07:30:00+01:00");
        assertThat(meta(doc, "article:section")).isEqualTo("World");
        assertThat(meta(doc, "article:author")).isEqualTo("http://localhost:8080/people/aditya-g-varma");
        assertThat(meta(doc, "twitter:card")).isEqualTo("summary_large_image");
        assertThat(meta(doc, "twitter:image")).isEqualTo(meta(doc, "og:image"));
        assertThat(meta(doc, "robots")).contains("max-image-preview:large");
    }

    @Test
    void correctionsAreListedAndMoveTheModifiedDate() {
        var desk = newsdesk();
        Article story = desk.published("Corrected story");
        Article corrected = workflow.correct(story.id(), CorrectionKind.CORRECTION, "An earlier version misspelt a name.", Staff.SYSTEM);

        JsonNode article = ofType(jsonLd(page(desk.path(story))), "NewsArticle");

        assertThat(article.get("correction")).hasSize(1);
        assertThat(article.get("correction").get(0).get("@type").asString()).isEqualTo("CorrectionComment");
        assertThat(article.get("correction").get(0).get("text").asString()).isEqualTo("An earlier version misspelt a name.");
        Instant modified = OffsetDateTime.parse(article.get("dateModified").asString()).toInstant();
        assertThat(modified).isEqualTo(corrected.lastUpdatedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        assertThat(OffsetDateTime.parse(article.get("correction").get(0).get("datePublished").asString()).toInstant()).isEqualTo(modified);
    }

    @Test
    void noHeadlineCanCloseTheScriptElement() {
        var desk = newsdesk();
        Article story = desk.published("Ends </script><script>alert(1)</script> here");
        String html = get(desk.path(story)).body();

        assertThat(html).doesNotContain("</script><script>alert(1)");
        JsonNode article = ofType(jsonLd(Jsoup.parse(html)), "NewsArticle");
        assertThat(article.get("headline").asString()).startsWith("Ends </script><script>alert(1)</script> here");
    }

    @Test
    void personPagesAreProfilePagesAndTheHomePageNamesThePublicationAndItsSearch() {
        JsonNode profile = jsonLd(page("/people/aditya-g-varma"));
        assertThat(profile.get("@type").asString()).isEqualTo("ProfilePage");
        assertThat(profile.get("mainEntity").get("@type").asString()).isEqualTo("Person");
        assertThat(profile.get("mainEntity").get("name").asString()).isEqualTo("Aditya G. Varma");
        assertThat(profile.get("mainEntity").get("url").asString()).isEqualTo("http://localhost:8080/people/aditya-g-varma");

        JsonNode home = jsonLd(page("/"));
        JsonNode organization = ofType(home, "Organization");
        assertThat(organization.get("name").asString()).isEqualTo("Dateline");
        assertThat(organization.get("logo").get("url").asString()).isEqualTo("http://localhost:8080/assets/logo.png");
        JsonNode site = ofType(home, "WebSite");
        assertThat(site.get("url").asString()).isEqualTo("http://localhost:8080/");
        JsonNode search = site.get("potentialAction");
        assertThat(search.get("@type").asString()).isEqualTo("SearchAction");
        assertThat(search.get("target").get("urlTemplate").asString()).isEqualTo("http://localhost:8080/search?q={search_term_string}");
        assertThat(search.get("query-input").asString()).isEqualTo("required name=search_term_string");
    }

    @Test
    void everyPageHasACanonicalLinkAndAnnouncesItsFeeds() {
        for (var entry : List.of(
                List.of("/", "http://localhost:8080/"),
                List.of("/world", "http://localhost:8080/feeds/sections/world/atom.xml"),
                List.of(PublicPagesTest.SEED, "http://localhost:8080/feeds/sections/world/rss.xml"),
                List.of("/people/aditya-g-varma", "http://localhost:8080/feeds/people/aditya-g-varma/rss.xml"))) {
            String path = entry.get(0);
            Document doc = page(path);
            assertThat(doc.select("link[rel=canonical]")).as(path).hasSize(1);
            assertThat(doc.selectFirst("link[rel=canonical]").attr("href")).startsWith("http://localhost:8080/");
            assertThat(doc.select("link[rel=alternate][type=application/rss+xml]").eachAttr("href")).as(path)
                    .contains("http://localhost:8080/feeds/rss.xml");
            assertThat(doc.select("link[rel=alternate][type=application/atom+xml]").eachAttr("href")).as(path)
                    .contains("http://localhost:8080/feeds/atom.xml");
            assertThat(doc.select("link[rel=alternate]").eachAttr("href")).as(path).contains(entry.get(1).equals("http://localhost:8080/")
                    ? "http://localhost:8080/feeds/rss.xml" : entry.get(1));
        }
    }

    private java.awt.image.BufferedImage served(String absoluteUrl, String type) throws Exception {
        assertThat(absoluteUrl).startsWith("http://localhost:8080/");
        HttpResponse<byte[]> response;
        try (var http = java.net.http.HttpClient.newHttpClient()) {
            response = http.send(java.net.http.HttpRequest.newBuilder(URI.create(url(URI.create(absoluteUrl).getPath()))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }
        assertThat(response.statusCode()).as(absoluteUrl).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(type);
        return ImageIO.read(new ByteArrayInputStream(response.body()));
    }
}
