package news.dateline.newsroom.web.media;

import java.util.List;
import news.dateline.newsroom.web.NewsroomFrame;
import news.dateline.newsroom.web.StoryRow;
import org.jspecify.annotations.Nullable;

/**
 * One library image: its metadata form, the focal point (set by clicking the picture), the crops it produces,
 * and the stories that use it.
 *
 * @param mayEdit whether the signed-in account may save the form and delete the image (editors)
 */
public record ImageEditPage(NewsroomFrame frame, long id, @Nullable String notice, @Nullable String error, Picture picture,
                            FocalPoint focalPoint, Description description, ImageCreditFields credit,
                            List<CropPreview> crops, List<StoryRow> usedBy, boolean mayEdit) {

    /** The preview of the whole picture and the picture's own size. */
    public record Picture(String url, int width, int height) {
    }

    /** Where the subject is, in percent across and down. */
    public record FocalPoint(int x, int y) {
    }

    /** What the picture shows, for readers: caption and alt text. */
    public record Description(String caption, String altText) {
    }

    /** Who the picture comes from and under which licence. */
    public record ImageCreditFields(String source, String photographer, String copyrightNotice, String licenseUrl,
                                    String acquireLicenseUrl) {
    }

    public record CropPreview(String label, String url, int width, int height) {
    }
}
