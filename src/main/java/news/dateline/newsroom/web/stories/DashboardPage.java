package news.dateline.newsroom.web.stories;

import java.util.List;
import news.dateline.newsroom.web.NewsroomFrame;
import news.dateline.newsroom.web.StoryRow;
import org.jspecify.annotations.Nullable;

/**
 * The newsroom home: the desk's queues, and the story filter whose results replace the queues when used.
 *
 * @param results the stories found, or null when nothing was asked
 */
public record DashboardPage(NewsroomFrame frame, Queues queues, FilterForm filter, @Nullable FoundStories results) {

    /** My drafts, the ready-for-edit queue, scheduled and embargoed stories, recently published. */
    public record Queues(List<StoryRow> myDrafts, List<StoryRow> readyQueue, List<StoryRow> upcoming,
                         List<StoryRow> recentlyPublished) {

        static final Queues NONE = new Queues(List.of(), List.of(), List.of(), List.of());
    }
}
