package news.dateline.newsroom.web.analytics;

import java.util.List;
import news.dateline.newsroom.web.NewsroomFrame;

/**
 * One story's views over a period.
 *
 * @param liveHref     the public address, or null while the story is not public
 * @param allTimeLine  "12,345 views since publication"
 */
public record StoryAnalyticsPage(NewsroomFrame frame, long id, String headline, String status, String liveHref,
                                 String period, List<AnalyticsPage.PeriodLink> periods, String totalLine,
                                 String allTimeLine, ViewsChart chart) {
}
