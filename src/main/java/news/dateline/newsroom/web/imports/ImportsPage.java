package news.dateline.newsroom.web.imports;

import java.util.List;
import news.dateline.newsroom.web.NewsroomFrame;
import org.jspecify.annotations.Nullable;

/** The import screen: the upload form (refilled after a refusal) and the recent imports. */
public record ImportsPage(NewsroomFrame frame, @Nullable String error, Form form, String maxUpload, List<Row> recent) {

    /** What the form held when it was refused: the platform chosen and the old site's address. */
    public record Form(String platform, String siteUrl) {
    }

    /** One import in the list: its state in words and how many stories it brought in of those planned. */
    public record Row(long id, String exportName, String platform, String state, String created, String createdIso,
                      int storiesDone, int storiesPlanned) {
    }
}
