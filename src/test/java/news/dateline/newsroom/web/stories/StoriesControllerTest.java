package news.dateline.newsroom.web.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import news.dateline.accounts.NotPermittedException;
import news.dateline.articles.Article;
import news.dateline.articles.ArticleStatus;
import news.dateline.newsroom.NewsroomSearch;
import news.dateline.newsroom.StoryQueues;
import news.dateline.newsroom.web.NewsroomWebSlice;
import news.dateline.people.Person;
import news.dateline.search.SearchHit;
import news.dateline.search.SearchOrder;
import news.dateline.search.SearchResults;
import news.dateline.sections.Section;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The two story lists over mocked facades: how the one filter form binds, clamps, links and falls back. */
class StoriesControllerTest extends NewsroomWebSlice {

    private static final Section WORLD = new Section(3, "World", "world", 10);
    private static final Person ADA = new Person(11, "Ada Reporter", "ada-reporter", "", null);

    @BeforeEach
    void desk() {
        when(sections.all()).thenReturn(List.of(WORLD));
        when(people.all()).thenReturn(List.of(ADA));
        when(sections.byId(WORLD.id())).thenReturn(java.util.Optional.of(WORLD));
        when(desk.queues(anyInt())).thenReturn(new StoryQueues(List.of(story(1, "My draft", ArticleStatus.DRAFT)),
                List.of(), List.of(), List.of(story(2, "Out today", ArticleStatus.PUBLISHED))));
    }

    @Test
    void theHomePageWithoutFiltersShowsTheQueuesAndSearchesNothing() {
        Document page = html(get("/newsroom"));
        assertThat(page.select(".nr-panel h2").eachText()).containsExactly("My drafts", "Ready for edit",
                "Scheduled and embargoed", "Recently published");
        assertThat(page.select(".nr-story-title").eachText()).containsExactly("My draft", "Out today");
        assertThat(page.select("form.nr-filters").attr("action")).isEqualTo("/newsroom");
        verify(search, never()).find(anyString(), any(), any(), any(), any(), anyInt());
    }

    @Test
    void filtersBindFromTheQueryStringAndTheirResultsReplaceTheQueues() {
        found(45, story(5, "Harbour reopens", ArticleStatus.READY));
        Document page = html(get("/newsroom?q=harbour&section=3&person=11&status=ready&page=2"));
        verify(search).find("harbour", 3L, 11L, ArticleStatus.READY, SearchOrder.RELEVANCE, 2);
        verify(desk, never()).queues(anyInt());
        assertThat(page.select("#results-title").text()).startsWith("45 stories found");
        assertThat(page.select(".nr-story-title").eachText()).containsExactly("Harbour reopens");
        assertThat(page.select("#q").val()).isEqualTo("harbour");
        assertThat(page.select("#f-section option[selected]").val()).isEqualTo("3");
        assertThat(page.select("#f-person option[selected]").val()).isEqualTo("11");
        assertThat(page.select("#f-status option[selected]").val()).isEqualTo("READY");
        assertThat(page.select("a[rel=prev]").attr("href"))
                .isEqualTo("/newsroom?q=harbour&section=3&person=11&status=READY&sort=relevance&page=1");
        assertThat(page.select("a[rel=next]").attr("href"))
                .isEqualTo("/newsroom?q=harbour&section=3&person=11&status=READY&sort=relevance&page=3");
    }

    @Test
    void theSearchPageUsesTheSameFormAndEngineWithItsOwnLinksAndOrder() {
        found(45, story(6, "Ferry strike", ArticleStatus.PUBLISHED));
        Document page = html(get("/newsroom/search?q={q}&sort=newest&page=3", "ferry strike"));
        verify(search).find("ferry strike", null, null, null, SearchOrder.NEWEST, 3);
        assertThat(page.select("form.nr-filters").attr("action")).isEqualTo("/newsroom/search");
        assertThat(page.select("#f-sort option[selected]").val()).isEqualTo("newest");
        assertThat(page.select(".nr-story-snippet").html()).isEqualTo("<mark>match</mark>");
        assertThat(page.select("a[rel=prev]").attr("href"))
                .isEqualTo("/newsroom/search?q=ferry+strike&section=&person=&status=&sort=newest&page=2");
        assertThat(page.select("a[rel=next]")).as("45 stories are three pages of 20").isEmpty();
    }

    @Test
    void unreadableFiltersAreLeftOutAndThePageAndTextAreClamped() {
        found(0);
        String longText = "w".repeat(StoryFilter.MAX_TEXT + 50);
        MvcTestResult result = get("/newsroom/search?q=" + longText + "&section=abc&person=-1&status=NOPE&sort=weird&page=99999");
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        verify(search).find("w".repeat(StoryFilter.MAX_TEXT), null, null, null, SearchOrder.RELEVANCE, StoryFilter.MAX_PAGE);
        Document page = html(result);
        assertThat(page.select("#f-section option[selected]").val()).isEmpty();
        assertThat(page.select(".nr-empty").text()).contains("Nothing matches");

        html(get("/newsroom?page=abc&status=NOPE&section=zz"));
        verify(desk).queues(anyInt());
    }

    @Test
    void aFilterWithoutTextListsStoriesWhileAnEmptySearchShowsOnlyTheForm() {
        found(1, story(8, "Ada's draft", ArticleStatus.DRAFT));
        Document listed = html(get("/newsroom/search?q=&person=11"));
        verify(search).find(eq(""), isNull(), eq(11L), isNull(), eq(SearchOrder.RELEVANCE), eq(1));
        assertThat(listed.select(".nr-story-title").eachText()).containsExactly("Ada's draft");

        Document empty = html(get("/newsroom/search?q={q}&section=", "  "));
        assertThat(empty.select("#results-title")).isEmpty();
        assertThat(empty.select(".nr-empty").text()).startsWith("Searches headlines");
        verify(search).find(anyString(), any(), any(), any(), any(), anyInt());
    }

    @Test
    void aRefusalFromTheDeskIsAForbiddenPageNotAnError() {
        when(desk.queues(anyInt())).thenThrow(new NotPermittedException("Not for you"));
        MvcTestResult result = get("/newsroom");
        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertThat(html(result).select("main").text()).contains("Not for you");
    }

    private MvcTestResult get(String uri, Object... values) {
        return mvc.get().uri(uri, values).exchange();
    }

    private static Document html(MvcTestResult result) {
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void found(long total, Article... stories) {
        var hits = java.util.Arrays.stream(stories).map(a -> new SearchHit(a, "<mark>match</mark>")).toList();
        when(search.find(anyString(), any(), any(), any(), any(), anyInt())).thenAnswer(call ->
                new SearchResults(hits, total, call.getArgument(5), NewsroomSearch.PAGE_SIZE, false, null));
    }

    private static Article story(long id, String headline, ArticleStatus status) {
        Instant at = Instant.parse("2026-03-01T10:00:00Z");
        return new Article(id, "story-" + id, headline, "", null, WORLD.id(), List.of(ADA.id()), List.of(), null, status,
                status == ArticleStatus.PUBLISHED ? at : null, null, at, at, 1, null, "", "", EDITOR.id());
    }
}
