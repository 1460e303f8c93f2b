package news.dateline.imports.internal.wordpress;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** WordPress's {@code 2026-09-07 07:45:00} dates; {@code 0000-00-00 00:00:00} (a floating draft date) is none. */
final class WxrDates {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private WxrDates() {
    }

    static @Nullable LocalDateTime local(String text) {
        String value = text.strip();
        if (value.isEmpty() || value.startsWith("0000")) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.length() == 16 ? value + ":00" : value, FORMAT);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The instant of the GMT field, else of the local field in the site's zone, else null. */
    static @Nullable Instant instant(String gmt, String local, ZoneId zone) {
        LocalDateTime utc = local(gmt);
        if (utc != null) {
            return utc.toInstant(ZoneOffset.UTC);
        }
        LocalDateTime there = local(local);
        return there == null ? null : there.atZone(zone).toInstant();
    }
}
