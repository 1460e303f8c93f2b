package news.dateline.newsroom.web.analytics;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import news.dateline.views.ViewCount;
import news.dateline.views.ViewSeries;

/**
 * A bar chart of views over time, laid out for an SVG the template draws: no script, and readable
 * without sight (a title, a summary description, a title on every bar, and the numbers as a table).
 *
 * @param description one sentence that says what the chart shows
 */
public record ViewsChart(int width, int height, String title, String description, List<Bar> bars, List<Tick> ticks,
                         List<Label> labels, List<Row> rows, String unit) {

    /** A bar with its tooltip ("Thu 27 Nov: 1,234 views"). */
    public record Bar(int x, int y, int width, int height, String text) {
    }

    /** A horizontal grid line with its value. */
    public record Tick(int y, String text) {
    }

    /** A label under the bars. */
    public record Label(int x, String text) {
    }

    /** The same numbers as table rows. */
    public record Row(String when, String views) {
    }

    private static final int WIDTH = 720;
    private static final int HEIGHT = 240;
    private static final int LEFT = 56;
    private static final int TOP = 12;
    private static final int BOTTOM = 28;
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    static ViewsChart of(String title, ViewSeries series, ZoneId zone) {
        var points = series.points();
        long max = points.stream().mapToLong(ViewSeries.Point::views).max().orElse(0);
        long top = niceCeiling(max);
        int plotWidth = WIDTH - LEFT - 8;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        double slot = points.isEmpty() ? plotWidth : (double) plotWidth / points.size();
        int barWidth = Math.max(2, (int) Math.floor(slot * 0.72));
        DateTimeFormatter when = series.hourly() ? HOUR : DAY;
        List<Bar> bars = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        int every = Math.max(1, (int) Math.ceil(points.size() / 8.0));
        for (int i = 0; i < points.size(); i++) {
            var point = points.get(i);
            var at = point.start().atZone(zone);
            int h = (int) Math.round((double) point.views() / top * plotHeight);
            int x = LEFT + (int) Math.round(i * slot + (slot - barWidth) / 2);
            String text = (series.hourly() ? DAY.format(at) + ", " + HOUR.format(at) : DAY.format(at)) + ": " + words(point.views());
            bars.add(new Bar(x, TOP + plotHeight - h, barWidth, h, text));
            rows.add(new Row(series.hourly() ? DAY.format(at) + ", " + HOUR.format(at) : DAY.format(at), number(point.views())));
            if (i % every == 0) {
                labels.add(new Label(x + barWidth / 2, series.hourly() ? HOUR.format(at) : SHORT_DAY.format(at)));
            }
        }
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= 5; i++) {
            ticks.add(new Tick(TOP + plotHeight - plotHeight * i / 5, number(top * i / 5)));
        }
        String description = points.isEmpty() ? "No views yet." : describe(series, zone, when, max);
        return new ViewsChart(WIDTH, HEIGHT, title, description, bars, ticks, labels, rows,
                series.hourly() ? "Hour" : "Day");
    }

    private static String describe(ViewSeries series, ZoneId zone, DateTimeFormatter when, long max) {
        var points = series.points();
        var first = points.getFirst().start().atZone(zone);
        var last = points.getLast().start().atZone(zone);
        String span = (series.hourly() ? "Views per hour" : "Views per day") + " from " + DAY.format(first)
                + (series.hourly() ? " " + HOUR.format(first) : "") + " to " + DAY.format(last)
                + (series.hourly() ? " " + HOUR.format(last) : "") + ": " + words(series.total()) + " in all";
        if (max == 0) {
            return span + ".";
        }
        var busiest = points.stream().filter(p -> p.views() == max).findFirst().orElseThrow().start().atZone(zone);
        return span + "; the most, " + words(max) + ", " + (series.hourly() ? "at " + DAY.format(busiest) + " "
                + HOUR.format(busiest) : "on " + when.format(busiest)) + ".";
    }

    /** 1, 2, 5 × 10ⁿ at or above the value (at least 10), so the grid lines fall on round numbers. */
    static long niceCeiling(long value) {
        long top = 10;
        while (top < value) {
            long m = top;
            top = m * 2 >= value ? m * 2 : m * 5 >= value ? m * 5 : m * 10;
            if (top == m) {
                break;
            }
        }
        return top;
    }

    private static String number(long n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }

    private static String words(long views) {
        return ViewCount.label(views).toLowerCase(Locale.ENGLISH);
    }
}
