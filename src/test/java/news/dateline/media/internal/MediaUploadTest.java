package news.dateline.media.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.iptc.IptcDirectory;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import news.dateline.accounts.Accounts;
import news.dateline.accounts.Role;
import news.dateline.articles.Articles;
import news.dateline.articles.HeroImage;
import news.dateline.media.Crop;
import news.dateline.media.Image;
import news.dateline.media.MediaLibrary;
import news.dateline.support.NewsroomClient;
import news.dateline.support.NewsroomClient.FilePart;
import news.dateline.support.SiteTest;
import news.dateline.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Uploading through the newsroom: each format accepted by content, each refusal explained, credits read, GPS never served. */
class MediaUploadTest extends SiteTest {

    @Autowired
    Accounts accounts;
    @Autowired
    MediaLibrary media;
    @Autowired
    Articles articles;

    private NewsroomClient editor() {
        NewsroomClient client = new NewsroomClient(port);
        client.signIn(TestAccounts.create(accounts, Role.EDITOR, null).username(), TestAccounts.PASSWORD);
        client.get("/newsroom/media");
        return client;
    }

    private static long uploadedId(java.net.http.HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).as("redirect after upload").matches(".*/newsroom/media/[0-9]+(\\?.*)?");
        return Long.parseLong(location.replaceAll(".*/newsroom/media/([0-9]+).*", "$1"));
    }

    @Test
    void eachFormatIsAcceptedByItsContentEvenUnderAWrongName() {
        NewsroomClient editor = editor();
        var picture = TestImages.halves(640, 360);
        for (var file : List.of(new FilePart("files", "photo.jpg", "image/jpeg", TestImages.encode(picture, "jpeg")),
                new FilePart("files", "screenshot.jpg", "image/jpeg", TestImages.encode(picture, "png")),
                new FilePart("files", "modern.webp", "image/webp", TestImages.encode(picture, "webp")))) {
            var response = editor.postMultipart("/newsroom/media", Map.of(), List.of(file));
            Image image = media.find(uploadedId(response)).orElseThrow();
            assertThat(image.width()).isEqualTo(640);
            var webp = editor.getBytes(image.url(320, "webp"));
            assertThat(webp.statusCode()).isEqualTo(200);
            assertThat(webp.headers().firstValue("Content-Type")).hasValue("image/webp");
            assertThat(TestImages.decode(webp.body()).getWidth()).isEqualTo(320);
            assertThat(editor.getBytes(image.url(320)).headers().firstValue("Content-Type")).hasValue("image/jpeg");
        }
    }

    @Test
    void refusalsAreExplainedAndNothingIsStored() {
        NewsroomClient editor = editor();
        // Names of this test's own, so what is stored is told apart without counting the shared library.
        String tag = "refused" + System.nanoTime();
        byte[] jpeg = TestImages.encode(TestImages.halves(300, 200), "jpeg");
        byte[] huge = new byte[28_000_000];
        huge[0] = (byte) 0xFF;
        huge[1] = (byte) 0xD8;
        huge[2] = (byte) 0xFF;
        var response = editor.postMultipart("/newsroom/media", Map.of(), List.of(
                new FilePart("files", "notes-" + tag + ".jpg", "image/jpeg", "just some text".getBytes()),
                new FilePart("files", "cut-" + tag + ".jpg", "image/jpeg", Arrays.copyOf(jpeg, jpeg.length / 2)),
                new FilePart("files", "huge-" + tag + ".jpg", "image/jpeg", huge)));
        String location = java.net.URLDecoder.decode(response.headers().firstValue("Location").orElseThrow(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(location).contains("notes-" + tag + ".jpg: This is not a JPEG, PNG or WebP image")
                .contains("cut-" + tag + ".jpg: The JPEG file is incomplete")
                .contains("huge-" + tag + ".jpg: The file is 26.7 MB; the limit is 25.0 MB");
        assertThat(media.recent(500)).as("an upload is named after its file (alt text \"Photo <name>\")")
                .noneMatch(image -> image.altText().contains(tag));
    }

    @Test
    void aWirePhotosCreditIsReadAndNoLocationIsEverServed() throws Exception {
        NewsroomClient editor = editor();
        var response = editor.postMultipart("/newsroom/media", Map.of(),
                List.of(new FilePart("files", "wire.jpg", "image/jpeg", TestImages.wirePhoto())));
        Image image = media.find(uploadedId(response)).orElseThrow();
        assertThat(image.credit().source()).isEqualTo("Reuters");
        assertThat(image.credit().photographer()).isEqualTo("Jane Doe");
        assertThat(image.copyrightNotice()).isEqualTo("© 2025 Reuters");
        assertThat(image.caption()).isEqualTo("Drones over Moscow at dusk.");
        assertThat(image.width()).as("stood upright").isEqualTo(200);
        assertThat(editor.get("/newsroom/media/" + image.id()).body()).contains("value=\"Reuters\"").contains("value=\"Jane Doe\"");
        var now = image.createdAt();
        assertThat(media.search("reuters", now.minusSeconds(60), now.plusSeconds(60), 1, 50)).extracting(Image::id).contains(image.id());
        assertThat(media.search("jane doe", null, null, 1, 50)).extracting(Image::id).contains(image.id());
        assertThat(media.search("reuters", now.minusSeconds(7200), now.minusSeconds(3600), 1, 50)).extracting(Image::id)
                .doesNotContain(image.id());
        assertThat(editor.get("/newsroom/media?q=Reuters&from=2020-01-01&to=2099-12-31").body()).contains("/newsroom/media/" + image.id());
        assertThat(editor.get("/newsroom/media?q=%25_&from=not-a-date&page=x").statusCode()).isEqualTo(200);

        for (String url : List.of(image.url(200), image.url(200, "webp"), image.cropUrl(Crop.SQUARE, 200, "jpg"),
                image.cropUrl(Crop.WIDE, 200, "webp"))) {
            var served = editor.getBytes(url);
            assertThat(served.statusCode()).as(url).isEqualTo(200);
            var metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(served.body()));
            assertThat(metadata.getDirectoriesOfType(GpsDirectory.class)).as("GPS in %s", url).isEmpty();
            assertThat(metadata.getDirectoriesOfType(IptcDirectory.class)).as("IPTC in %s", url).isEmpty();
        }
        assertThat(editor.getBytes("/media/" + image.storageKey() + "/original").statusCode()).isEqualTo(404);
        assertThat(editor.getBytes("/media/" + image.storageKey() + "/master.jpg").statusCode()).isEqualTo(404);
        assertThat(editor.getBytes("/media/" + image.storageKey() + "/4000.jpg").statusCode()).isEqualTo(404);
    }

    @Test
    void theFocalPointMovesTheCropsAndAnImageInUseCannotBeDeleted() {
        NewsroomClient editor = editor();
        long id = uploadedId(editor.postMultipart("/newsroom/media", Map.of(),
                List.of(new FilePart("files", "halves.png", "image/png", TestImages.encode(TestImages.halves(800, 400), "png")))));
        editor.get("/newsroom/media/" + id);
        editor.post("/newsroom/media/" + id, Map.of("altText", "Red and blue halves", "caption", "", "creditSource", "Dateline",
                "photographer", "", "copyrightNotice", "", "licenseUrl", "", "acquireLicenseUrl", "", "focalX", "10", "focalY", "50"));
        Image image = media.find(id).orElseThrow();
        assertThat(image.cropUrl(Crop.SQUARE, 400, "jpg")).contains("/1x1-10-50-400.jpg");
        byte[] square = editor.getBytes(image.cropUrl(Crop.SQUARE, 400, "jpg")).body();
        var decoded = TestImages.decode(square);
        assertThat((decoded.getRGB(200, 200) >> 16) & 0xFF).as("the square crop is the red (left) half").isGreaterThan(200);

        var story = articles.search(new news.dateline.articles.StoryQuery("Breakaway rider", null, null, null, null, 1, 1)).articles().get(0);
        var content = story.content();
        articles.save(story.id(), story.version(), new news.dateline.articles.NewArticle(content.headline(), content.slug(),
                content.standfirst(), content.body(), content.sectionId(), content.bylines(), content.tags(),
                new HeroImage(id, null)), news.dateline.articles.Staff.SYSTEM, true);
        editor.get("/newsroom/media/" + id);
        var refused = editor.post("/newsroom/media/" + id + "/delete", Map.of());
        assertThat(java.net.URLDecoder.decode(refused.headers().firstValue("Location").orElseThrow(),
                java.nio.charset.StandardCharsets.UTF_8)).contains("used by").contains(story.headline());
        assertThat(media.find(id)).isPresent();
        articles.save(story.id(), articles.byId(story.id()).orElseThrow().version(), content, news.dateline.articles.Staff.SYSTEM, true);
    }
}
