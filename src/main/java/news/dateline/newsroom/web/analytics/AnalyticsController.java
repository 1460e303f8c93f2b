package news.dateline.newsroom.web.analytics;

import jakarta.servlet.http.HttpServletRequest;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import news.dateline.newsroom.NewsroomAnalytics;
import news.dateline.newsroom.web.UnknownPeriodException;
import news.dateline.platform.SiteSettings;
import news.dateline.views.ViewPeriod;
import news.dateline.views.ViewSeries;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Views in the newsroom: the site and each story over today, 7 or 30 days, with every table as CSV. */
@Controller
class AnalyticsController {

    private static final String ID = "{id:[0-9]{1,18}}";
    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final AnalyticsPages pages;
    private final NewsroomAnalytics analytics;
    private final SiteSettings settings;

    AnalyticsController(AnalyticsPages pages, NewsroomAnalytics analytics, SiteSettings settings) {
        this.pages = pages;
        this.analytics = analytics;
        this.settings = settings;
    }

    @GetMapping("/newsroom/analytics")
    String site(@RequestParam(defaultValue = "7d") String period, HttpServletRequest request, Model model) {
        model.addAttribute("page", pages.site(period(period), request));
        return "newsroom/analytics";
    }

    @GetMapping("/newsroom/analytics/stories/" + ID)
    String story(@PathVariable long id, @RequestParam(defaultValue = "7d") String period, HttpServletRequest request,
                 Model model) {
        model.addAttribute("page", pages.story(id, period(period), request));
        return "newsroom/story-analytics";
    }

    @GetMapping("/newsroom/analytics/views.csv")
    ResponseEntity<String> siteViews(@RequestParam(defaultValue = "7d") String period) {
        ViewPeriod p = period(period);
        return csv("views-" + p.key(), series(analytics.series(p, null)));
    }

    @GetMapping("/newsroom/analytics/stories/" + ID + ".csv")
    ResponseEntity<String> storyViews(@PathVariable long id, @RequestParam(defaultValue = "7d") String period) {
        ViewPeriod p = period(period);
        return csv("story-" + id + "-views-" + p.key(), series(analytics.series(p, id)));
    }

    @GetMapping("/newsroom/analytics/top.csv")
    ResponseEntity<String> top(@RequestParam(defaultValue = "7d") String period) {
        ViewPeriod p = period(period);
        CsvTable table = new CsvTable("rank", "headline", "section", "status", "story_id", "views");
        analytics.top(p).forEach(r -> table.row(r.rank(), r.article().headline(), r.section(), r.article().status().label(),
                r.article().id(), r.views()));
        return csv("top-stories-" + p.key(), table);
    }

    @GetMapping("/newsroom/analytics/sections.csv")
    ResponseEntity<String> sections(@RequestParam(defaultValue = "7d") String period) {
        ViewPeriod p = period(period);
        CsvTable table = new CsvTable("section", "views");
        analytics.sections(p).forEach(s -> table.row(s.name(), s.views()));
        return csv("sections-" + p.key(), table);
    }

    private CsvTable series(ViewSeries series) {
        CsvTable table = new CsvTable(series.hourly() ? "hour_starting" : "day", "views");
        DateTimeFormatter format = series.hourly() ? DateTimeFormatter.ISO_OFFSET_DATE_TIME : DateTimeFormatter.ISO_LOCAL_DATE;
        for (var point : series.points()) {
            ZonedDateTime at = point.start().atZone(settings.timeZone());
            table.row(format.format(at), point.views());
        }
        return table;
    }

    private static ResponseEntity<String> csv(String name, CsvTable table) {
        return ResponseEntity.ok()
                .contentType(CSV)
                .cacheControl(CacheControl.noStore())
                .header("Content-Disposition", ContentDisposition.attachment().filename(name + ".csv").build().toString())
                .body(table.toString());
    }

    private static ViewPeriod period(String key) {
        return ViewPeriod.of(key).orElseThrow(() -> new UnknownPeriodException(key));
    }
}
