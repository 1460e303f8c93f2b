package news.dateline.views;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import news.dateline.platform.SiteSettings;
import news.dateline.views.internal.StatisticsRepository;
import org.springframework.stereotype.Service;

/** The newsroom's numbers: views over time, top stories in any state, and totals per section. */
@Service
public class ViewStatistics {

    /** A story's (or a section's) views in a period. */
    public record Tally(long id, long views) {
    }

    private final StatisticsRepository repository;
    private final Clock clock;
    private final ZoneId zone;

    ViewStatistics(StatisticsRepository repository, Clock clock, SiteSettings site) {
        this.repository = repository;
        this.clock = clock;
        this.zone = site.timeZone();
    }

    /** Views across the site over the period. */
    public ViewSeries site(ViewPeriod period) {
        return series(period, 0);
    }

    /** One story's views over the period. */
    public ViewSeries article(long articleId, ViewPeriod period) {
        return series(period, articleId);
    }

    /** The most-viewed stories in the period, whatever their state now. */
    public List<Tally> top(ViewPeriod period, int limit) {
        return repository.top(period.firstHour(clock.instant(), zone), limit);
    }

    /** Views per section (by the section each story is in now), most first. */
    public List<Tally> sections(ViewPeriod period) {
        return repository.perSection(period.firstHour(clock.instant(), zone));
    }

    private ViewSeries series(ViewPeriod period, long articleId) {
        Instant now = clock.instant();
        long first = period.firstHour(now, zone);
        long last = ViewPeriod.hourOf(now);
        Map<Long, Long> hours = repository.hours(first, articleId);
        boolean hourly = period == ViewPeriod.TODAY || period == ViewPeriod.LAST_24_HOURS;
        List<ViewSeries.Point> points = new ArrayList<>();
        if (hourly) {
            for (long hour = first; hour <= last; hour++) {
                points.add(new ViewSeries.Point(start(hour), hours.getOrDefault(hour, 0L)));
            }
            return new ViewSeries(period, true, points);
        }
        Map<LocalDate, Long> days = new TreeMap<>();
        LocalDate today = LocalDate.ofInstant(now, zone);
        for (LocalDate day = LocalDate.ofInstant(start(first), zone); !day.isAfter(today); day = day.plusDays(1)) {
            days.put(day, 0L);
        }
        hours.forEach((hour, views) -> days.merge(LocalDate.ofInstant(start(hour), zone), views, Long::sum));
        days.forEach((day, views) -> points.add(new ViewSeries.Point(day.atStartOfDay(zone).toInstant(), views)));
        return new ViewSeries(period, false, points);
    }

    private static Instant start(long hour) {
        return Instant.ofEpochMilli(hour * ViewPeriod.HOUR_MILLIS);
    }
}
