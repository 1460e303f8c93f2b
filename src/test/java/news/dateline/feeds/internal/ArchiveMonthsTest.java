package news.dateline.feeds.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.ZoneId;
import news.dateline.articles.ArchiveSpan;
import news.dateline.articles.PublishedStories;
import news.dateline.platform.SiteSettings;
import org.junit.jupiter.api.Test;

/** Month sitemaps split into parts of 50,000 URLs, and file names that name no part are refused. */
class ArchiveMonthsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant MAY_START = Instant.parse("2025-04-30T23:00:00Z");
    private static final Instant JUNE_START = Instant.parse("2025-05-31T23:00:00Z");
    private static final Instant LAST_CHANGE = Instant.parse("2025-05-31T12:00:00Z");

    private final PublishedStories stories = mock(PublishedStories.class);
    private final ArchiveMonths months = new ArchiveMonths(stories,
            new SiteSettings("Dateline", "http://localhost:8080", "en", LONDON, null));

    @Test
    void aMonthOfMoreThan50000StoriesHasSeveralParts() {
        when(stories.span(any(), any())).thenAnswer(call -> {
            Instant from = call.getArgument(0);
            Instant to = call.getArgument(1);
            boolean coversMay = !from.isAfter(MAY_START) && !to.isBefore(JUNE_START);
            return coversMay ? new ArchiveSpan(120_000, MAY_START, JUNE_START.minusSeconds(60), LAST_CHANGE)
                    : new ArchiveSpan(0, null, null, null);
        });

        assertThat(months.all()).extracting(ArchiveMonths.Part::fileName)
                .containsExactly("articles-2025-05.xml", "articles-2025-05-2.xml", "articles-2025-05-3.xml");
        var third = months.find("articles-2025-05-3.xml").orElseThrow();
        assertThat(third.skip()).isEqualTo(100_000);
        assertThat(third.from()).isEqualTo(MAY_START);
        assertThat(third.to()).isEqualTo(JUNE_START);
        assertThat(third.lastModified()).isEqualTo(LAST_CHANGE);
        assertThat(months.find("articles-2025-05-4.xml")).isEmpty();
        assertThat(months.find("articles-2025-06.xml")).isEmpty();
        assertThat(months.find("articles-2025-05-1.xml")).isEmpty();
        assertThat(months.find("articles-2025-5.xml")).isEmpty();
        assertThat(months.find("articles-2025-13.xml")).isEmpty();
        assertThat(months.find("../articles-2025-05.xml")).isEmpty();
    }

    @Test
    void anEmptyArchiveHasNoArticleSitemaps() {
        when(stories.span(any(), any())).thenReturn(new ArchiveSpan(0, null, null, null));
        assertThat(months.all()).isEmpty();
    }
}
