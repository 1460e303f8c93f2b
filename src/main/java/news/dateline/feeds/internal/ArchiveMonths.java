package news.dateline.feeds.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import news.dateline.articles.ArchiveSpan;
import news.dateline.articles.PublishedStories;
import news.dateline.platform.SiteSettings;
import org.springframework.stereotype.Component;

/**
 * The article sitemaps: one per month of first publication (in the publication's time zone), split into parts
 * of at most 50,000 URLs. Only months holding public stories have one. Each part is named
 * {@code articles-2025-05.xml}, then {@code articles-2025-05-2.xml} and so on.
 */
@Component
class ArchiveMonths {

    static final int URLS_PER_SITEMAP = 50_000;
    private static final Pattern NAME = Pattern.compile("articles-(\\d{4})-(\\d{2})(?:-([2-9]|[1-9]\\d{1,3}))?\\.xml");

    /** One article sitemap: a month's part, the stories it skips and lists, and when they last changed. */
    record Part(YearMonth month, int part, Instant from, Instant to, long skip, Instant lastModified) {

        String fileName() {
            return "articles-" + month + (part == 1 ? "" : "-" + part) + ".xml";
        }
    }

    private final PublishedStories stories;
    private final SiteSettings settings;

    ArchiveMonths(PublishedStories stories, SiteSettings settings) {
        this.stories = stories;
        this.settings = settings;
    }

    /** Every article sitemap, oldest month first. */
    List<Part> all() {
        ArchiveSpan archive = stories.span(PublishedStories.BEGINNING, PublishedStories.END);
        List<Part> parts = new ArrayList<>();
        if (archive.stories() == 0) {
            return parts;
        }
        YearMonth last = YearMonth.from(archive.lastPublished().atZone(zone()));
        YearMonth month = YearMonth.from(archive.firstPublished().atZone(zone()));
        while (!month.isAfter(last)) {
            ArchiveSpan span = stories.span(start(month), start(month.plusMonths(1)));
            for (int part = 1; (long) (part - 1) * URLS_PER_SITEMAP < span.stories(); part++) {
                parts.add(part(month, part, span));
            }
            month = month.plusMonths(1);
            if (span.stories() == 0 && !month.isAfter(last)) {
                // a gap in the archive: jump to the next month that has stories instead of asking month by month
                Instant next = stories.span(start(month), PublishedStories.END).firstPublished();
                if (next == null) {
                    break;
                }
                month = YearMonth.from(next.atZone(zone()));
            }
        }
        return parts;
    }

    /** The sitemap with this file name, if it names a month part that has stories. */
    Optional<Part> find(String fileName) {
        var m = NAME.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        int monthNumber = Integer.parseInt(m.group(2));
        if (monthNumber < 1 || monthNumber > 12) {
            return Optional.empty();
        }
        YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), monthNumber);
        int part = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
        ArchiveSpan span = stories.span(start(month), start(month.plusMonths(1)));
        if ((long) (part - 1) * URLS_PER_SITEMAP >= span.stories()) {
            return Optional.empty();
        }
        return Optional.of(part(month, part, span));
    }

    private Part part(YearMonth month, int part, ArchiveSpan span) {
        return new Part(month, part, start(month), start(month.plusMonths(1)), (long) (part - 1) * URLS_PER_SITEMAP,
                span.lastModified());
    }

    private Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(zone()).toInstant();
    }

    private ZoneId zone() {
        return settings.timeZone();
    }
}
