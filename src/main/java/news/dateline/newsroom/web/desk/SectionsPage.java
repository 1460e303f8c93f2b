package news.dateline.newsroom.web.desk;

import java.util.List;
import news.dateline.newsroom.web.NewsroomFrame;
import org.jspecify.annotations.Nullable;

/**
 * Desk administration: the sections, in editorial order.
 *
 * @param notice a confirmation to show, or null
 * @param error  a problem with the last submission, or null
 */
public record SectionsPage(NewsroomFrame frame, @Nullable String notice, @Nullable String error, List<Row> sections) {

    public record Row(long id, String name, String slug, int position) {
    }
}
