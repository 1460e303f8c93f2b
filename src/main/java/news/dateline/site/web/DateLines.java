package news.dateline.site.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import news.dateline.platform.SiteSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * How dates and counts read on the page, in the publication's time zone:
 * "Published On Thu, 08 May 2025", "08 May 2025", "12,345 Views".
 */
@Component
public class DateLines {

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MASTHEAD = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.ENGLISH);

    private final SiteSettings settings;

    public DateLines(SiteSettings settings) {
        this.settings = settings;
    }

    public String published(Instant instant) {
        return published(instant, "en");
    }

    /** "Published On ..." in the language {@code tag} ("نُشر في ..." in Arabic); English for languages without words. */
    public String published(Instant instant, String tag) {
        DateWords words = DateWords.of(tag);
        return words.published() + " " + words.day().format(local(instant));
    }

    /** "Updated On ...", with the time when the update came on the day of publication; null when not updated. */
    public @Nullable String updated(@Nullable Instant published, @Nullable Instant updated) {
        return updated(published, updated, "en");
    }

    /** "Updated On ..." in the language {@code tag}; null when not updated. */
    public @Nullable String updated(@Nullable Instant published, @Nullable Instant updated, String tag) {
        if (updated == null || published == null || !updated.isAfter(published)) {
            return null;
        }
        DateWords words = DateWords.of(tag);
        boolean sameDay = local(published).toLocalDate().equals(local(updated).toLocalDate());
        return words.updated() + " " + (sameDay ? words.dayAndTime() : words.day()).format(local(updated));
    }

    public String shortDate(Instant instant) {
        return SHORT.format(local(instant));
    }

    public String masthead(Instant now) {
        return MASTHEAD.format(local(now));
    }

    /** ISO-8601 with the publication's offset, for {@code <time datetime>} and machine-readable channels. */
    public @Nullable String iso(@Nullable Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(local(instant).withNano(0));
    }

    public LocalDate localDate(Instant instant) {
        return local(instant).toLocalDate();
    }

    public static String views(long count) {
        return news.dateline.views.ViewCount.label(count);
    }

    private ZonedDateTime local(Instant instant) {
        return instant.atZone(settings.timeZone());
    }
}
