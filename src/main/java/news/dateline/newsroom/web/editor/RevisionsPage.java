package news.dateline.newsroom.web.editor;

import java.util.List;
import news.dateline.newsroom.web.NewsroomFrame;

/**
 * A story's history, and (when two revisions are chosen) a readable comparison of them.
 *
 * @param diff the comparison, or null
 */
public record RevisionsPage(NewsroomFrame frame, long storyId, String headline, int version, boolean mayRestore,
                            List<RevisionRow> revisions, DiffView diff) {

    public record RevisionRow(int number, String savedBy, String savedAtIso, String savedAt, String note,
                              String headline) {
    }
}
