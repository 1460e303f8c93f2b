package news.dateline.newsroom.web.analytics;

import news.dateline.newsroom.web.NewsroomFrame;
import org.jspecify.annotations.Nullable;

/** One story's views over a period. */
public record StoryAnalyticsPage(NewsroomFrame frame, Story story, AnalyticsPage.PeriodChoice period, ViewsChart chart) {

    /**
     * The story the numbers are about.
     *
     * @param liveHref    the public address, or null while the story is not public
     * @param allTimeLine "12,345 views since publication"
     */
    public record Story(long id, String headline, String status, @Nullable String liveHref, String allTimeLine) {
    }
}
