package news.dateline.newsroom.web.analytics;

import java.util.List;
import news.dateline.newsroom.web.NewsroomFrame;

/** The newsroom's analytics: the site's views over a period, its top stories and its sections. */
public record AnalyticsPage(NewsroomFrame frame, PeriodChoice period, ViewsChart chart, List<TopStory> top,
                            List<SectionShare> sections) {

    /**
     * The period shown and the others to switch to.
     *
     * @param key       the period's key in addresses ("7d")
     * @param totalLine "12,345 views in the last 7 days"
     */
    public record PeriodChoice(String key, List<PeriodLink> links, String totalLine) {
    }

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
