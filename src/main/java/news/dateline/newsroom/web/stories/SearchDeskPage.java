package news.dateline.newsroom.web.stories;

import news.dateline.newsroom.web.NewsroomFrame;
import org.jspecify.annotations.Nullable;

/**
 * The newsroom's full-text search over stories in every state.
 *
 * @param results the stories found, or null when nothing was asked (the page shows only the form)
 */
public record SearchDeskPage(NewsroomFrame frame, FilterForm filter, @Nullable FoundStories results) {

    public boolean searched() {
        return results != null;
    }
}
