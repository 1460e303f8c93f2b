package news.dateline.media.internal;

import static org.assertj.core.api.Assertions.assertThat;

import news.dateline.media.Crop;
import news.dateline.media.Image;
import news.dateline.media.ImageCredit;
import news.dateline.media.MediaLibrary;
import news.dateline.media.NewImage;
import news.dateline.media.storage.MediaStorage;
import news.dateline.support.SiteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Rendition URLs make only what pages use: the saved focal point's crops and the site's responsive widths. */
class RenditionRequestsTest extends SiteTest {

    @Autowired
    MediaLibrary media;
    @Autowired
    MediaStorage storage;

    private Image image() {
        return media.add(TestImages.halves(1200, 800), new NewImage("Renditions", "Two halves", new ImageCredit("Test", "")));
    }

    private boolean stored(Image image, String name) {
        return storage.exists("images/" + image.storageKey() + "/" + name);
    }

    @Test
    void cropsAroundTheSavedFocalPointAndTheSiteWidthsAreMade() {
        Image image = media.setFocalPoint(image().id(), 0.3, 0.6);
        String crop = image.cropUrl(Crop.WIDE, 480, "webp");
        assertThat(crop).endsWith("/16x9-30-60-480.webp");
        assertThat(get(crop).statusCode()).isEqualTo(200);
        assertThat(get(image.url(320, "jpg")).statusCode()).isEqualTo(200);
        assertThat(get(image.url(1200, "webp")).statusCode()).as("the picture's own width").isEqualTo(200);
        assertThat(stored(image, "16x9-30-60-480.webp")).isTrue();
    }

    @Test
    void anyOtherFocalPointOrWidthIsNotFoundAndStoresNothing() {
        Image image = media.setFocalPoint(image().id(), 0.3, 0.6);
        String base = "/media/" + image.storageKey() + "/";
        for (String name : new String[] {"16x9-31-60-480.webp", "4x3-0-0-320.jpg", "1x1-100-100-640.jpg",
                "16x9-30-60-481.webp", "999.jpg", "4000.jpg", "16x9-50-50-480.jpg"}) {
            assertThat(get(base + name).statusCode()).as(name).isEqualTo(404);
            assertThat(stored(image, name)).as(name).isFalse();
        }
    }

    @Test
    void aCropMadeBeforeTheFocalPointMovedIsStillServedButNoNewOnesAreMade() {
        Image before = media.setFocalPoint(image().id(), 0.2, 0.2);
        String old = before.cropUrl(Crop.SQUARE, 320, "jpg");
        assertThat(get(old).statusCode()).isEqualTo(200);
        Image after = media.setFocalPoint(before.id(), 0.8, 0.8);
        assertThat(get(old).statusCode()).as("pages cached elsewhere may still show it").isEqualTo(200);
        assertThat(get(before.cropUrl(Crop.SQUARE, 480, "jpg")).statusCode()).isEqualTo(404);
        assertThat(stored(before, "1x1-20-20-480.jpg")).isFalse();
        assertThat(get(after.cropUrl(Crop.SQUARE, 480, "jpg")).statusCode()).isEqualTo(200);
    }
}
