package news.dateline.imports.internal.feed;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Feed dates: RFC 822 ({@code Fri, 04 Dec 2026 13:34:11 +0000}, also with zone names) and RFC 3339 (Atom, dc:date). */
final class FeedDates {

    private static final List<DateTimeFormatter> RFC_822 = List.of(
            DateTimeFormatter.RFC_1123_DATE_TIME,
            DateTimeFormatter.ofPattern("[EEE, ]d MMM uuuu HH:mm[:ss] z", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("[EEE, ]d MMM uuuu HH:mm[:ss] Z", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("[EEE, ]d MMM uu HH:mm[:ss] Z", Locale.ENGLISH));

    private FeedDates() {
    }

    /** The date with its offset, or null when it is none of the forms feeds use. */
    static @Nullable OffsetDateTime parse(String text) {
        String value = text.strip().replaceAll("\\s+", " ");
        if (value.isEmpty() || value.length() > 100) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            // not RFC 3339: try RFC 822
        }
        for (var format : RFC_822) {
            try {
                return ZonedDateTime.parse(value, format).toOffsetDateTime();
            } catch (DateTimeParseException e) {
                // next form
            }
        }
        return null;
    }
}
