package news.dateline.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import news.dateline.platform.SiteSettings;
import org.junit.jupiter.api.Test;

/** Dates are stored in UTC and shown in the publication's time zone. */
class DateLinesTest {

    private static DateLines in(String zone) {
        return new DateLines(new SiteSettings("Dateline", null, "en", ZoneId.of(zone), null));
    }

    @Test
    void thePublicationLineReadsLikeTheSeedPage() {
        assertThat(in("Europe/London").published(Instant.parse("2025-05-08T06:30:00Z")))
                .isEqualTo("Published On Thu, 08 May 2025");
    }

    @Test
    void theDayDependsOnThePublicationsTimeZone() {
        Instant lateEvening = Instant.parse("2025-05-07T20:30:00Z");
        assertThat(in("UTC").published(lateEvening)).isEqualTo("Published On Wed, 07 May 2025");
        assertThat(in("Asia/Kolkata").published(lateEvening)).isEqualTo("Published On Thu, 08 May 2025");
        assertThat(in("America/New_York").published(Instant.parse("2025-05-08T03:00:00Z")))
                .isEqualTo("Published On Wed, 07 May 2025");
    }

    @Test
    void machineReadableDatesCarryTheOffset() {
        assertThat(in("Asia/Kolkata").iso(Instant.parse("2025-05-07T20:30:00Z"))).isEqualTo("2025-05-08T02:00:00+05:30");
        assertThat(in("UTC").iso(Instant.parse("2025-05-07T20:30:00.123Z"))).isEqualTo("2025-05-07T20:30:00Z");
    }

    @Test
    void anUpdateLineAppearsOnlyAfterPublicationWithTheTimeOnTheSameDay() {
        DateLines london = in("Europe/London");
        Instant published = Instant.parse("2025-05-08T06:30:00Z");
        assertThat(london.updated(published, null)).isNull();
        assertThat(london.updated(published, published)).isNull();
        assertThat(london.updated(published, Instant.parse("2025-05-08T13:40:00Z")))
                .isEqualTo("Updated On Thu, 08 May 2025, 14:40 BST");
        assertThat(london.updated(published, Instant.parse("2025-05-10T09:00:00Z")))
                .isEqualTo("Updated On Sat, 10 May 2025");
    }

    @Test
    void viewCountsAreSingularOrPluralWithThousandsSeparated() {
        assertThat(DateLines.views(0)).isEqualTo("0 Views");
        assertThat(DateLines.views(1)).isEqualTo("1 View");
        assertThat(DateLines.views(2)).isEqualTo("2 Views");
        assertThat(DateLines.views(1234567)).isEqualTo("1,234,567 Views");
    }
}
