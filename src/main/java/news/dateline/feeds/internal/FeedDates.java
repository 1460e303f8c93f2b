package news.dateline.feeds.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import news.dateline.platform.SiteSettings;
import org.springframework.stereotype.Component;

/**
 * Dates as feeds and sitemaps write them, in the publication's time zone so they read like the page's own
 * dates: RFC 822 for RSS, RFC 3339 (W3C date-time) for Atom and sitemaps. Always whole seconds.
 */
@Component
class FeedDates {

    private final SiteSettings settings;

    FeedDates(SiteSettings settings) {
        this.settings = settings;
    }

    String rfc822(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atZone(settings.timeZone()).withNano(0));
    }

    String rfc3339(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(settings.timeZone()).withNano(0));
    }
}
