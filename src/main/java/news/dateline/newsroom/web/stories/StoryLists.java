package news.dateline.newsroom.web.stories;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import news.dateline.newsroom.Desk;
import news.dateline.newsroom.NewsroomSearch;
import news.dateline.newsroom.StoryQueues;
import news.dateline.newsroom.web.Frames;
import news.dateline.newsroom.web.StoryRows;
import news.dateline.people.People;
import news.dateline.search.SearchHit;
import news.dateline.search.SearchResults;
import news.dateline.sections.Sections;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Builds the newsroom's two story lists from one {@link StoryFilter}: stories are found by text and filters in one
 * engine, the newsroom search (writers find only their own); the home page's queues come from the desk.
 */
@Component
class StoryLists {

    static final String HOME = "/newsroom";
    static final String SEARCH = "/newsroom/search";
    /** Stories per queue on the home page. */
    private static final int QUEUE = 8;

    private final Desk desk;
    private final NewsroomSearch search;
    private final Frames frames;
    private final StoryRows rows;
    private final Sections sections;
    private final People people;

    StoryLists(Desk desk, NewsroomSearch search, Frames frames, StoryRows rows, Sections sections, People people) {
        this.desk = desk;
        this.search = search;
        this.frames = frames;
        this.rows = rows;
        this.sections = sections;
        this.people = people;
    }

    /** The home page: the queues, or, when the filter asks something, the stories found instead. */
    DashboardPage dashboard(StoryFilter filter, HttpServletRequest request) {
        var frame = frames.frame("Stories", "stories", request);
        FoundStories found = find(filter, HOME);
        return new DashboardPage(frame, found == null ? queues(desk.queues(QUEUE)) : DashboardPage.Queues.NONE,
                form(filter), found);
    }

    /** The search page: the form, and the stories found when the filter asks something. */
    SearchDeskPage search(StoryFilter filter, HttpServletRequest request) {
        return new SearchDeskPage(frames.frame("Search", "search", request), form(filter), find(filter, SEARCH));
    }

    private @Nullable FoundStories find(StoryFilter filter, String path) {
        if (!filter.searching()) {
            return null;
        }
        SearchResults results = search.find(filter.text(), filter.sectionId(), filter.personId(), filter.status(),
                filter.order(), filter.page());
        var storyRows = rows.rows(results.hits().stream().map(SearchHit::article).toList());
        List<FoundStories.Found> found = new ArrayList<>();
        for (int i = 0; i < storyRows.size(); i++) {
            found.add(new FoundStories.Found(storyRows.get(i), results.hits().get(i).snippetHtml()));
        }
        return new FoundStories(found, results.total(), results.similarSpellings(), results.notice(),
                filter.paging(path, results.totalPages()));
    }

    private DashboardPage.Queues queues(StoryQueues queues) {
        return new DashboardPage.Queues(rows.rows(queues.myDrafts()), rows.rows(queues.ready()), rows.rows(queues.upcoming()),
                rows.rows(queues.published()));
    }

    private FilterForm form(StoryFilter filter) {
        return filter.form(sections.all(), people.all());
    }
}
