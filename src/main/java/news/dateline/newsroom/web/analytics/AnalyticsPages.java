package news.dateline.newsroom.web.analytics;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import news.dateline.newsroom.NewsroomAnalytics;
import news.dateline.newsroom.NewsroomAnalytics.SectionViews;
import news.dateline.newsroom.web.Frames;
import news.dateline.platform.SiteSettings;
import news.dateline.views.ViewCount;
import news.dateline.views.ViewPeriod;
import news.dateline.views.ViewSeries;
import org.springframework.stereotype.Component;

/** Builds the analytics pages from the newsroom's analytics. */
@Component
class AnalyticsPages {

    static final List<ViewPeriod> PERIODS = List.of(ViewPeriod.TODAY, ViewPeriod.LAST_7_DAYS, ViewPeriod.LAST_30_DAYS);

    private final NewsroomAnalytics analytics;
    private final Frames frames;
    private final SiteSettings settings;

    AnalyticsPages(NewsroomAnalytics analytics, Frames frames, SiteSettings settings) {
        this.analytics = analytics;
        this.frames = frames;
        this.settings = settings;
    }

    AnalyticsPage site(ViewPeriod period, HttpServletRequest request) {
        var frame = frames.frame("Analytics", "analytics", request);
        NewsroomAnalytics.SiteViews site = analytics.site(period);
        List<AnalyticsPage.SectionShare> shares = new ArrayList<>();
        long all = site.sections().stream().mapToLong(SectionViews::views).sum();
        for (var row : site.sections()) {
            shares.add(new AnalyticsPage.SectionShare(row.name(), number(row.views()),
                    all == 0 ? "0%" : Math.round(100.0 * row.views() / all) + "%"));
        }
        var top = site.top().stream().map(s -> new AnalyticsPage.TopStory(s.rank(), s.article().headline(),
                "/newsroom/analytics/stories/" + s.article().id() + "?period=" + period.key(), s.section(),
                s.article().status().label(), number(s.views()))).toList();
        return new AnalyticsPage(frame, choice("/newsroom/analytics", site.series()),
                chart("Views across the site, ", site.series()), top, shares);
    }

    StoryAnalyticsPage story(long id, ViewPeriod period, HttpServletRequest request) {
        NewsroomAnalytics.StoryViews views = analytics.story(id, period);
        var story = views.story();
        return new StoryAnalyticsPage(frames.frame("Analytics: " + story.headline(), "analytics", request),
                new StoryAnalyticsPage.Story(id, story.headline(), story.status().label(), views.publicPath(),
                        ViewCount.label(views.allTime()).toLowerCase(Locale.ENGLISH) + " since publication"),
                choice("/newsroom/analytics/stories/" + id, views.series()), chart("Views of this story, ", views.series()));
    }

    private ViewsChart chart(String title, ViewSeries series) {
        return ViewsChart.of(title + series.period().label().toLowerCase(Locale.ENGLISH), series, settings.timeZone());
    }

    private static AnalyticsPage.PeriodChoice choice(String base, ViewSeries series) {
        var links = PERIODS.stream().map(p -> new AnalyticsPage.PeriodLink(p.key(), p.label(), base + "?period=" + p.key(),
                p == series.period())).toList();
        return new AnalyticsPage.PeriodChoice(series.period().key(), links, total(series));
    }

    private static String total(ViewSeries series) {
        return ViewCount.label(series.total()).toLowerCase(Locale.ENGLISH) + " "
                + (series.period() == ViewPeriod.TODAY ? "today" : "in the " + series.period().label().toLowerCase(Locale.ENGLISH));
    }

    static String number(long n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }
}
