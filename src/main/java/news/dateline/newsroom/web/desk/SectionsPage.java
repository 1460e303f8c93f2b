package news.dateline.newsroom.web.desk;

import java.util.List;
import news.dateline.newsroom.web.NewsroomFrame;
import news.dateline.newsroom.web.Option;
import org.jspecify.annotations.Nullable;

/**
 * Desk administration: the sections, in editorial order, each under its parent section if it has one; {@code parents}
 * are the choices for a new section's parent.
 *
 * @param notice a confirmation to show, or null
 * @param error  a problem with the last submission, or null
 */
public record SectionsPage(NewsroomFrame frame, @Nullable String notice, @Nullable String error, List<Row> sections,
                           List<Option> parents) {

    /**
     * One section; {@code parents} are the choices of its parent select (top-level sections but itself, and "none");
     * {@code parentName} is empty for a top-level section.
     */
    public record Row(long id, String name, String slug, int position, String parentName, List<Option> parents) {
    }
}
