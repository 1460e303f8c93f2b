package news.dateline.views;

import java.time.Instant;
import java.util.List;

/**
 * Views over time: one point per hour (for a day) or per day (for a week or a month), oldest first,
 * including the points with no views.
 *
 * @param hourly whether each point is an hour (otherwise a day in the site's time zone)
 */
public record ViewSeries(ViewPeriod period, boolean hourly, List<Point> points) {

    /** Views from {@code start} (inclusive) to the next point's start. */
    public record Point(Instant start, long views) {
    }

    public long total() {
        return points.stream().mapToLong(Point::views).sum();
    }
}
