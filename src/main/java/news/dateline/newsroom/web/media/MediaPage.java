package news.dateline.newsroom.web.media;

import java.util.List;
import news.dateline.newsroom.web.NewsroomFrame;
import org.jspecify.annotations.Nullable;

/** The media library: search, upload, and the images found. */
public record MediaPage(NewsroomFrame frame, Search search, @Nullable String notice, @Nullable String error,
                        List<Row> images, String maxUpload, Pagination pagination) {

    /** What the library was searched for: text, and the days added from and to (yyyy-MM-dd, or empty). */
    public record Search(String query, String from, String to) {
    }

    /** Links to the previous and next page of images, or null at either end. */
    public record Pagination(@Nullable String previousHref, @Nullable String nextHref) {
    }

    public record Row(long id, String thumbnail, String caption, String altText, String credit, String uploadedBy,
                      String createdIso, String created) {
    }
}
