package news.dateline.media;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import news.dateline.articles.ArticleBody;
import news.dateline.media.internal.ImageInspector;
import news.dateline.media.internal.ImageRepository;
import news.dateline.media.internal.Renditions;
import news.dateline.media.storage.FilesystemStorage;
import news.dateline.platform.ChangeJournal;
import news.dateline.platform.SiteSettings;
import news.dateline.support.Database;
import news.dateline.support.MutableClock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.unit.DataSize;

/**
 * A paragraph of two or more library images is a gallery of their figures, each with its library caption and credit;
 * one image alone, or images among text, stay inline figures (ADR 0020). On SQLite and PostgreSQL.
 */
class GalleriesTest {

    private static final String SIZES = "(min-width: 46rem) 42.5rem, 100vw";
    private static final String GALLERY_SIZES = "(min-width: 30em) 21rem, 100vw";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-05T06:30:00Z"));
    private HikariDataSource dataSource;
    private MediaLibrary library;
    private InlineImages inline;

    private void open(Database database) throws Exception {
        dataSource = database.fresh();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        library = new MediaLibrary(new ImageRepository(jdbc, clock),
                new Renditions(new FilesystemStorage(Files.createTempDirectory("dateline-galleries")), false),
                new ImageInspector(DataSize.ofMegabytes(25), 50_000_000), new ChangeJournal(jdbc, clock, event -> { }));
        inline = new InlineImages(library, new SiteSettings("Gallery Times", "https://news.example", "en", null, null));
    }

    @AfterEach
    void close() {
        if (dataSource != null) {
            dataSource.close();
        }
    }

    private Image image(int n, String caption) {
        return library.add(new BufferedImage(1200 + n, 800, BufferedImage.TYPE_INT_RGB),
                new NewImage(caption, "Alt of picture " + n, new ImageCredit("Agency " + n, "")));
    }

    private Document figured(String markdown, int expectedImages) {
        var body = inline.figures(new ArticleBody(markdown).html(), SIZES, 1600, GALLERY_SIZES);
        assertThat(body.images()).hasSize(expectedImages);
        return Jsoup.parseBodyFragment(body.html());
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void paragraphsOfLibraryImagesAreGalleriesWithTwoOrThreeColumnsByCount(Database database) throws Exception {
        open(database);
        List<Image> images = List.of(image(1, "Crowds at the gate"), image(2, "The first screening"),
                image(3, "Zoë Ångström on stage"), image(4, ""));
        Image a = images.get(0);
        Image b = images.get(1);
        Image c = images.get(2);
        Image d = images.get(3);
        Document doc = figured("Intro.\n\n"
                + "![One](" + a.url(1024) + ") ![Two](" + b.url(640) + " \"Our own caption\")\n\n"
                + "![A](" + a.url(640) + ")\n![B](" + b.url(640) + ")  \n![C](" + c.url(640) + ")\n\n"
                + "[![D](" + d.url(640) + ")](https://example.org/d) ![A](" + a.url(640) + ") ![B](" + b.url(640)
                + ") ![C](" + c.url(640) + ")\n\n"
                + "*Photographs from the festival's opening night.*\n\n"
                + "![Alone](" + c.url(1024) + ")\n\n"
                + "Text and ![Inside](" + a.url(640) + ") ![Also](" + b.url(640) + ") a picture.\n\n"
                + "![Library](" + a.url(640) + ") ![Elsewhere](https://example.org/map.jpg)", 13);

        var galleries = doc.select("body > figure.gallery");
        assertThat(galleries.eachAttr("class")).containsExactly("gallery gallery-2", "gallery gallery-3", "gallery gallery-2");
        assertThat(galleries.stream().map(g -> g.select("> figure.inline-image").size())).containsExactly(2, 3, 4);
        assertThat(doc.select("body > *").stream().map(Element::className).toList()).as("galleries where their paragraphs were, no empty ones")
                .startsWith("", "gallery gallery-2", "gallery gallery-3", "gallery gallery-2", "", "inline-image");
        assertThat(doc.select("body > p").get(1).text()).isEqualTo("Photographs from the festival's opening night.");

        Element first = galleries.get(0);
        assertThat(first.select("img").eachAttr("alt")).containsExactly("One", "Two");
        assertThat(first.select("figcaption .caption").eachText()).containsExactly("Crowds at the gate", "Our own caption");
        assertThat(first.select("figcaption .credit").eachText()).containsExactly(
                "Disclaimer: This image is taken from Agency 1.", "Disclaimer: This image is taken from Agency 2.");
        for (Element img : galleries.select("picture > img")) {
            assertThat(img.attr("sizes")).isEqualTo(GALLERY_SIZES);
            assertThat(img.attr("srcset")).contains("/media/");
            assertThat(img.attr("width")).isNotBlank();
            assertThat(img.parent().selectFirst("source[type=image/webp]").attr("sizes")).isEqualTo(GALLERY_SIZES);
        }
        assertThat(galleries.get(1).select("figcaption .caption").eachText())
                .containsExactly("Crowds at the gate", "The first screening", "Zoë Ångström on stage");
        Element last = galleries.get(2);
        assertThat(last.selectFirst("> figure > a[href=https://example.org/d] > picture > img").attr("alt")).isEqualTo("D");
        assertThat(last.select("figure").get(1).select("figcaption .caption")).as("no caption in the library").isEmpty();

        assertThat(doc.select("body > figure.inline-image img").eachAttr("sizes")).containsOnly(SIZES);
        assertThat(doc.select("body > figure.inline-image img").eachAttr("alt"))
                .containsExactly("Alone", "Inside", "Also", "Library");
        assertThat(doc.select("p img").eachAttr("src")).containsExactly("https://example.org/map.jpg");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aGalleryIsMadeOnlyOfLibraryImagesThatStillExist(Database database) throws Exception {
        open(database);
        Image kept = image(5, "Kept");
        Image other = image(6, "Other");
        Image gone = image(7, "Deleted");
        String markdown = "![K](" + kept.url(640) + ") ![G](" + gone.url(640) + ")\n\n"
                + "![K](" + kept.url(640) + ") ![O](" + other.url(640) + ") ![G](" + gone.url(640) + ")";
        library.delete(gone.id());
        Document doc = figured(markdown, 3);
        assertThat(doc.select("figure.gallery")).as("a paragraph naming a missing image is no gallery").isEmpty();
        assertThat(doc.select("body > figure.inline-image img").eachAttr("alt")).containsExactly("K", "K", "O");
        assertThat(doc.select("p img").eachAttr("alt")).containsExactly("G", "G");
    }
}
