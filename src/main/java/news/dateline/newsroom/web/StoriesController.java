package news.dateline.newsroom.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import news.dateline.accounts.Account;
import news.dateline.articles.ArticleListing;
import news.dateline.articles.ArticleStatus;
import news.dateline.articles.StoryQuery;
import news.dateline.newsroom.Desk;
import news.dateline.people.People;
import news.dateline.sections.Sections;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The newsroom home: the desk's queues, and search with filters. */
@Controller
class StoriesController {

    private static final int PANEL = 8;
    private static final int PAGE = 25;

    private final Desk desk;
    private final Frames frames;
    private final StoryRows rows;
    private final Sections sections;
    private final People people;

    StoriesController(Desk desk, Frames frames, StoryRows rows, Sections sections, People people) {
        this.desk = desk;
        this.frames = frames;
        this.rows = rows;
        this.sections = sections;
        this.people = people;
    }

    @GetMapping("/newsroom")
    String home(@RequestParam Map<String, String> params, HttpServletRequest request, Model model) {
        Account me = desk.me();
        String q = params.getOrDefault("q", "");
        Long section = id(params.get("section"));
        Long person = id(params.get("person"));
        ArticleStatus status = status(params.get("status"));
        int page = id(params.get("page")) == null ? 1 : (int) Math.min(id(params.get("page")), 10_000);
        boolean searching = !q.isBlank() || section != null || person != null || status != null || params.containsKey("page");
        List<StoryRow> results = null;
        long count = 0;
        String previous = null;
        String next = null;
        if (searching) {
            ArticleListing found = desk.search(new StoryQuery(q, section, person, status, null, page, PAGE));
            results = rows.rows(found.articles());
            count = found.total();
            String base = "/newsroom?q=" + enc(q) + "&section=" + str(section) + "&person=" + str(person)
                    + "&status=" + (status == null ? "" : status.name()) + "&page=";
            previous = page > 1 ? base + (page - 1) : null;
            next = page < found.totalPages() ? base + (page + 1) : null;
        }
        var sectionOptions = new ArrayList<Option>(List.of(new Option("", "All sections", section == null)));
        sections.all().forEach(s -> sectionOptions.add(new Option(String.valueOf(s.id()), s.name(), Long.valueOf(s.id()).equals(section))));
        var personOptions = new ArrayList<Option>(List.of(new Option("", "Anyone", person == null)));
        people.all().forEach(p -> personOptions.add(new Option(String.valueOf(p.id()), p.displayName(), Long.valueOf(p.id()).equals(person))));
        var statusOptions = new ArrayList<Option>(List.of(new Option("", "Any state", status == null)));
        Arrays.stream(ArticleStatus.values()).forEach(s -> statusOptions.add(new Option(s.name(), s.label(), s == status)));
        model.addAttribute("page", new DashboardPage(frames.frame("Stories", "stories", request), null,
                panel(new StoryQuery("", null, null, ArticleStatus.DRAFT, me.id(), 1, PANEL)),
                panel(new StoryQuery("", null, null, ArticleStatus.READY, null, 1, PANEL)),
                upcoming(), panel(new StoryQuery("", null, null, ArticleStatus.PUBLISHED, null, 1, PANEL)),
                q, sectionOptions, personOptions, statusOptions, results, count, previous, next));
        return "newsroom/stories";
    }

    /** The newsroom's address with a trailing slash, as people type it. */
    @GetMapping("/newsroom/")
    String homeWithSlash() {
        return "redirect:/newsroom";
    }

    private List<StoryRow> panel(StoryQuery query) {
        return rows.rows(desk.search(query).articles());
    }

    private List<StoryRow> upcoming() {
        var stories = new ArrayList<>(desk.search(new StoryQuery("", null, null, ArticleStatus.SCHEDULED, null, 1, PANEL)).articles());
        stories.addAll(desk.search(new StoryQuery("", null, null, ArticleStatus.EMBARGOED, null, 1, PANEL)).articles());
        stories.sort(java.util.Comparator.comparing(a -> a.releaseAt() == null ? java.time.Instant.MAX : a.releaseAt()));
        return rows.rows(stories);
    }

    private static Long id(String value) {
        return value != null && value.matches("[0-9]{1,12}") ? Long.valueOf(value) : null;
    }

    private static ArticleStatus status(String value) {
        return Arrays.stream(ArticleStatus.values()).filter(s -> s.name().equalsIgnoreCase(value == null ? "" : value))
                .findFirst().orElse(null);
    }

    private static String str(Long value) {
        return value == null ? "" : value.toString();
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
