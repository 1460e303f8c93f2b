package news.dateline.newsroom.web.desk;

import java.util.List;
import news.dateline.newsroom.web.NewsroomFrame;
import org.jspecify.annotations.Nullable;

/**
 * Desk administration: the people who can hold bylines (staff and guest contributors).
 *
 * @param notice a confirmation to show, or null
 * @param error  a problem with the last submission, or null
 */
public record PeoplePage(NewsroomFrame frame, @Nullable String notice, @Nullable String error, List<Row> people) {

    public record Row(long id, String name, String slug, String bio) {
    }
}
