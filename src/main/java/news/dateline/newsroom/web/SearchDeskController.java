package news.dateline.newsroom.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import news.dateline.articles.ArticleStatus;
import news.dateline.newsroom.NewsroomSearch;
import news.dateline.people.People;
import news.dateline.search.SearchOrder;
import news.dateline.search.SearchResults;
import news.dateline.sections.Sections;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /newsroom/search}: full-text search over every story, for signed-in staff. */
@Controller
class SearchDeskController {

    private final NewsroomSearch search;
    private final Frames frames;
    private final StoryRows rows;
    private final Sections sections;
    private final People people;

    SearchDeskController(NewsroomSearch search, Frames frames, StoryRows rows, Sections sections, People people) {
        this.search = search;
        this.frames = frames;
        this.rows = rows;
        this.sections = sections;
        this.people = people;
    }

    @GetMapping("/newsroom/search")
    String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String section,
                  @RequestParam(defaultValue = "") String person, @RequestParam(defaultValue = "") String status,
                  @RequestParam(defaultValue = "") String sort, @RequestParam(defaultValue = "1") String page,
                  HttpServletRequest request, Model model) {
        Long sectionId = id(section);
        Long personId = id(person);
        ArticleStatus state = Arrays.stream(ArticleStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
        SearchOrder order = SearchOrder.parse(sort);
        int pageNumber = id(page) == null ? 1 : (int) Math.max(1, Math.min(id(page), 50));
        boolean searched = !q.isBlank();
        SearchResults found = searched ? search.find(q, sectionId, personId, state, order, pageNumber)
                : SearchResults.none(NewsroomSearch.PAGE_SIZE, null);
        var storyRows = rows.rows(found.hits().stream().map(h -> h.article()).toList());
        List<SearchDeskPage.Result> results = new ArrayList<>();
        for (int i = 0; i < storyRows.size(); i++) {
            results.add(new SearchDeskPage.Result(storyRows.get(i), found.hits().get(i).snippetHtml()));
        }
        String base = "/newsroom/search?q=" + enc(q) + "&section=" + str(sectionId) + "&person=" + str(personId)
                + "&status=" + (state == null ? "" : state.name()) + "&sort=" + order.code() + "&page=";
        int pages = Math.min(found.totalPages(), 50);
        model.addAttribute("page", new SearchDeskPage(frames.frame("Search", "search", request),
                q.length() > 200 ? q.substring(0, 200) : q, searched, found.notice(), results, found.total(),
                found.similarSpellings(), sectionOptions(sectionId), personOptions(personId), statusOptions(state),
                List.of(new Option("relevance", "Best match", order == SearchOrder.RELEVANCE),
                        new Option("newest", "Newest", order == SearchOrder.NEWEST)),
                pageNumber > 1 ? base + (pageNumber - 1) : null, pageNumber < pages ? base + (pageNumber + 1) : null));
        return "newsroom/search";
    }

    private List<Option> sectionOptions(Long chosen) {
        var options = new ArrayList<>(List.of(new Option("", "All sections", chosen == null)));
        sections.all().forEach(s -> options.add(new Option(String.valueOf(s.id()), s.name(), Long.valueOf(s.id()).equals(chosen))));
        return options;
    }

    private List<Option> personOptions(Long chosen) {
        var options = new ArrayList<>(List.of(new Option("", "Anyone", chosen == null)));
        people.all().forEach(p -> options.add(new Option(String.valueOf(p.id()), p.displayName(), Long.valueOf(p.id()).equals(chosen))));
        return options;
    }

    private static List<Option> statusOptions(ArticleStatus chosen) {
        var options = new ArrayList<>(List.of(new Option("", "Any state", chosen == null)));
        Arrays.stream(ArticleStatus.values()).forEach(s -> options.add(new Option(s.name(), s.label(), s == chosen)));
        return options;
    }

    private static Long id(String text) {
        return text != null && text.strip().matches("[0-9]{1,15}") ? Long.valueOf(text.strip()) : null;
    }

    private static String str(Long id) {
        return id == null ? "" : id.toString();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text.length() > 200 ? text.substring(0, 200) : text, StandardCharsets.UTF_8);
    }
}
