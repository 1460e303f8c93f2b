package news.dateline.newsroom.web.analytics;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.dateline.articles.Article;
import news.dateline.articles.Articles;
import news.dateline.articles.PublishedStories;
import news.dateline.newsroom.Desk;
import news.dateline.newsroom.web.Frames;
import news.dateline.platform.SiteSettings;
import news.dateline.sections.Section;
import news.dateline.sections.Sections;
import news.dateline.views.ArticleViews;
import news.dateline.views.ViewCount;
import news.dateline.views.ViewPeriod;
import news.dateline.views.ViewSeries;
import news.dateline.views.ViewStatistics;
import news.dateline.views.ViewStatistics.Tally;
import org.springframework.stereotype.Component;

/** Builds the analytics pages and the tables their CSV files hold. */
@Component
class AnalyticsPages {

    static final int TOP = 20;
    static final List<ViewPeriod> PERIODS = List.of(ViewPeriod.TODAY, ViewPeriod.LAST_7_DAYS, ViewPeriod.LAST_30_DAYS);

    private final ViewStatistics statistics;
    private final ArticleViews views;
    private final Articles articles;
    private final PublishedStories published;
    private final Sections sections;
    private final Frames frames;
    private final SiteSettings settings;
    private final Desk desk;

    AnalyticsPages(ViewStatistics statistics, ArticleViews views, Articles articles, PublishedStories published,
                   Sections sections, Frames frames, SiteSettings settings, Desk desk) {
        this.desk = desk;
        this.statistics = statistics;
        this.views = views;
        this.articles = articles;
        this.published = published;
        this.sections = sections;
        this.frames = frames;
        this.settings = settings;
    }

    AnalyticsPage site(ViewPeriod period, HttpServletRequest request) {
        ViewSeries series = statistics.site(period);
        List<AnalyticsPage.SectionShare> shares = new ArrayList<>();
        List<SectionViews> rows = sections(period);
        long all = rows.stream().mapToLong(SectionViews::views).sum();
        for (var row : rows) {
            shares.add(new AnalyticsPage.SectionShare(row.name(), number(row.views()),
                    all == 0 ? "0%" : Math.round(100.0 * row.views() / all) + "%"));
        }
        return new AnalyticsPage(frames.frame("Analytics", "analytics", request), period.key(),
                links("/newsroom/analytics", period), total(series), ViewsChart.of("Views across the site, "
                + period.label().toLowerCase(Locale.ENGLISH), series, settings.timeZone()),
                top(period).stream().map(s -> new AnalyticsPage.TopStory(s.rank(), s.article().headline(),
                        "/newsroom/analytics/stories/" + s.article().id() + "?period=" + period.key(), s.section(),
                        s.article().status().label(), number(s.views()))).toList(), shares);
    }

    StoryAnalyticsPage story(long id, ViewPeriod period, HttpServletRequest request) {
        Article article = desk.open(id); // the same right as reading the story in the editor
        ViewSeries series = statistics.article(id, period);
        boolean live = !published.publicAmong(List.of(id)).isEmpty();
        Section section = sections.byId(article.sectionId()).orElse(null);
        return new StoryAnalyticsPage(frames.frame("Analytics: " + article.headline(), "analytics", request), id,
                article.headline(), article.status().label(),
                live && section != null ? section.path() + "/" + news.dateline.platform.Slug.encode(article.slug()) : null, period.key(),
                links("/newsroom/analytics/stories/" + id, period), total(series),
                ViewCount.label(views.total(id)).toLowerCase(Locale.ENGLISH) + " since publication",
                ViewsChart.of("Views of this story, " + period.label().toLowerCase(Locale.ENGLISH), series,
                        settings.timeZone()));
    }

    /** A story on the top list with its rank, section name and views. */
    record Ranked(int rank, Article article, String section, long views) {
    }

    /** A section's views (by name) in the period. */
    record SectionViews(String name, long views) {
    }

    List<Ranked> top(ViewPeriod period) {
        List<Tally> tallies = statistics.top(period, TOP);
        Map<Long, Article> byId = articles.byIds(tallies.stream().map(Tally::id).toList()).stream()
                .collect(Collectors.toMap(Article::id, Function.identity()));
        Map<Long, String> names = sectionNames();
        List<Ranked> ranked = new ArrayList<>();
        for (Tally tally : tallies) {
            Article article = byId.get(tally.id());
            if (article != null) {
                ranked.add(new Ranked(ranked.size() + 1, article, names.getOrDefault(article.sectionId(), ""), tally.views()));
            }
        }
        return ranked;
    }

    /** Every section, with those that had no views at 0, most viewed first. */
    List<SectionViews> sections(ViewPeriod period) {
        Map<Long, String> names = sectionNames();
        List<SectionViews> rows = new ArrayList<>();
        List<Tally> tallies = statistics.sections(period);
        for (Tally tally : tallies) {
            rows.add(new SectionViews(names.getOrDefault(tally.id(), "(deleted section)"), tally.views()));
        }
        Set<Long> seen = tallies.stream().map(Tally::id).collect(Collectors.toSet());
        sections.all().stream().filter(s -> !seen.contains(s.id())).forEach(s -> rows.add(new SectionViews(s.name(), 0)));
        return rows;
    }

    ViewSeries series(ViewPeriod period, Long storyId) {
        if (storyId == null) {
            return statistics.site(period);
        }
        desk.open(storyId); // the same right as reading the story in the editor
        return statistics.article(storyId, period);
    }

    private Map<Long, String> sectionNames() {
        return sections.all().stream().collect(Collectors.toMap(Section::id, Section::name));
    }

    private static List<AnalyticsPage.PeriodLink> links(String base, ViewPeriod current) {
        return PERIODS.stream().map(p -> new AnalyticsPage.PeriodLink(p.key(), p.label(), base + "?period=" + p.key(),
                p == current)).toList();
    }

    private static String total(ViewSeries series) {
        return ViewCount.label(series.total()).toLowerCase(Locale.ENGLISH) + " "
                + (series.period() == ViewPeriod.TODAY ? "today" : "in the " + series.period().label().toLowerCase(Locale.ENGLISH));
    }

    static String number(long n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }
}
