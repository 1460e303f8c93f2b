package news.dateline.newsroom.web.pages;

import java.util.List;
import news.dateline.newsroom.web.NewsroomFrame;
import org.jspecify.annotations.Nullable;

/**
 * The static pages, each top-level page followed by its children.
 *
 * @param notice a confirmation to show, or null
 * @param error  a problem with the last action, or null
 */
public record PagesPage(NewsroomFrame frame, @Nullable String notice, @Nullable String error, List<Row> pages) {

    /** One page: {@code path} is its public address; {@code child} when it sits under another. */
    public record Row(long id, String title, String path, boolean published, boolean child, boolean inFooter,
                      int menuOrder) {
    }
}
