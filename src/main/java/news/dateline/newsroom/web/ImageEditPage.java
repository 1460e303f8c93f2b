package news.dateline.newsroom.web;

import java.util.List;

/**
 * One library image: its metadata form, the focal point (set by clicking the picture), the crops it produces,
 * and the stories that use it.
 */
public record ImageEditPage(NewsroomFrame frame, long id, String notice, String error, String preview, int width,
                            int height, int focalX, int focalY, String caption, String altText, String creditSource,
                            String photographer, String copyrightNotice, String licenseUrl, String acquireLicenseUrl,
                            List<CropPreview> crops, List<StoryRow> usedBy, boolean mayDelete) {

    public record CropPreview(String label, String url, int width, int height) {
    }
}
