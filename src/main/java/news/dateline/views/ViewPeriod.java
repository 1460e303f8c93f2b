package news.dateline.views;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;

/** The spans of time views are reported over; each covers whole hours up to and including the current one. */
public enum ViewPeriod {
    TODAY("today", "Today"),
    LAST_24_HOURS("24h", "Last 24 hours"),
    LAST_7_DAYS("7d", "Last 7 days"),
    LAST_30_DAYS("30d", "Last 30 days");

    static final long HOUR_MILLIS = 3_600_000L;

    private final String key;
    private final String label;

    ViewPeriod(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The short name used in addresses ({@code ?period=7d}). */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The period named {@code key} in an address, if any. */
    public static Optional<ViewPeriod> of(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }

    /** The hour (whole hours since the epoch) a view is counted in. */
    public static long hourOf(Instant instant) {
        return Math.floorDiv(instant.toEpochMilli(), HOUR_MILLIS);
    }

    /** The first hour the period covers at {@code now}; "today" starts at midnight in {@code zone}. */
    public long firstHour(Instant now, ZoneId zone) {
        long current = hourOf(now);
        return switch (this) {
            case TODAY -> hourOf(LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant());
            case LAST_24_HOURS -> current - 23;
            case LAST_7_DAYS -> current - 24 * 7 + 1;
            case LAST_30_DAYS -> current - 24 * 30 + 1;
        };
    }
}
