package news.dateline.newsroom.web;

import java.util.List;

/** The media library: search, upload, and the images found. */
public record MediaPage(NewsroomFrame frame, String query, String from, String to, String notice, String error, List<Row> images,
                        String maxUpload, String previousHref, String nextHref) {

    public record Row(long id, String thumbnail, String caption, String altText, String credit, String uploadedBy,
                      String createdIso, String created) {
    }
}
