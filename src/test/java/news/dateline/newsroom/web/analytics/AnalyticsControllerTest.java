package news.dateline.newsroom.web.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import news.dateline.accounts.NotPermittedException;
import news.dateline.articles.Article;
import news.dateline.articles.ArticleStatus;
import news.dateline.newsroom.NewsroomAnalytics.RankedStory;
import news.dateline.newsroom.web.NewsroomWebSlice;
import news.dateline.views.ViewPeriod;
import news.dateline.views.ViewSeries;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The analytics addresses over a mocked facade: periods are bound or refused, tables become CSV files. */
class AnalyticsControllerTest extends NewsroomWebSlice {

    @Test
    void anUnknownPeriodIsABadRequestPageAndAsksTheFacadeNothing() throws Exception {
        MvcTestResult result = mvc.get().uri("/newsroom/analytics?period={p}", "last-century").exchange();
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("There is no period called", "last-century", "Choose today, 7d or 30d.");
        assertThat(mvc.get().uri("/newsroom/analytics/top.csv?period=1y").exchange().getResponse().getStatus()).isEqualTo(400);
        verify(analytics, never()).site(ViewPeriod.LAST_7_DAYS);
    }

    @Test
    void theTopStoriesTableIsACsvFileThatIsNeverStored() throws Exception {
        Instant at = Instant.parse("2026-03-01T10:00:00Z");
        Article story = new Article(42, "harbour", "Harbour, \"reopened\"", "", null, 3, List.of(), List.of(), null,
                ArticleStatus.PUBLISHED, at, null, at, at, 1, null, "", "", null);
        when(analytics.top(ViewPeriod.LAST_30_DAYS)).thenReturn(List.of(new RankedStory(1, story, "World", 1234)));
        var response = mvc.get().uri("/newsroom/analytics/top.csv?period=30d").exchange().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition")).contains("top-stories-30d.csv");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "rank,headline,section,status,story_id,views", "1,\"Harbour, \"\"reopened\"\"\",World,Published,42,1234");
    }

    @Test
    void aStoryTheAccountMayNotOpenIsForbiddenForItsCsvToo() {
        when(analytics.series(ViewPeriod.LAST_7_DAYS, 9L)).thenThrow(new NotPermittedException("This story belongs to someone else"));
        assertThat(mvc.get().uri("/newsroom/analytics/stories/9.csv").exchange().getResponse().getStatus()).isEqualTo(403);
        when(analytics.series(ViewPeriod.TODAY, null)).thenReturn(new ViewSeries(ViewPeriod.TODAY, true,
                List.of(new ViewSeries.Point(Instant.parse("2026-03-01T09:00:00Z"), 5))));
        assertThat(mvc.get().uri("/newsroom/analytics/views.csv?period=today").exchange().getResponse().getStatus()).isEqualTo(200);
    }
}
