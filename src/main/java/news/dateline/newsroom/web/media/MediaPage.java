package news.dateline.newsroom.web.media;

import java.util.List;
import news.dateline.newsroom.web.NewsroomFrame;
import org.jspecify.annotations.Nullable;

/** The media library: search, upload, and the images found. */
public record MediaPage(NewsroomFrame frame, String query, String from, String to, @Nullable String notice,
                        @Nullable String error, List<Row> images, String maxUpload, @Nullable String previousHref,
                        @Nullable String nextHref) {

    public record Row(long id, String thumbnail, String caption, String altText, String credit, String uploadedBy,
                      String createdIso, String created) {
    }
}
