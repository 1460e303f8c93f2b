package news.dateline.newsroom.web.analytics;

import java.util.List;
import news.dateline.newsroom.web.NewsroomFrame;

/**
 * The newsroom's analytics: the site's views over a period, its top stories and its sections.
 *
 * @param periods   the choice of period, the current one marked
 * @param totalLine "12,345 views in the last 7 days"
 */
public record AnalyticsPage(NewsroomFrame frame, String period, List<PeriodLink> periods, String totalLine,
                            ViewsChart chart, List<TopStory> top, List<SectionShare> sections) {

    /** A period to switch to. */
    public record PeriodLink(String key, String label, String href, boolean current) {
    }

    /** A row of the top-stories table. */
    public record TopStory(int rank, String headline, String href, String section, String status, String views) {
    }

    /** A row of the sections table: its views and share of the period's views ("42%"). */
    public record SectionShare(String name, String views, String share) {
    }
}
