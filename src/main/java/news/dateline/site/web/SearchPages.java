package news.dateline.site.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import news.dateline.pagecache.KeyedPage;
import news.dateline.pagecache.PageKeys;
import news.dateline.people.People;
import news.dateline.people.Person;
import news.dateline.platform.SiteSettings;
import news.dateline.search.ArticleSearch;
import news.dateline.search.Audience;
import news.dateline.search.SearchOrder;
import news.dateline.search.SearchQuery;
import news.dateline.search.SearchResults;
import news.dateline.sections.Section;
import news.dateline.sections.Sections;
import org.springframework.stereotype.Component;

/** Builds the public search page from whatever the reader sent: nothing they type leads to an error. */
@Component
class SearchPages {

    static final int PAGE_SIZE = 10;
    private static final int MAX_PAGE = 50;

    private final ArticleSearch search;
    private final Sections sections;
    private final People people;
    private final StoryCards cards;
    private final PageFrame frame;
    private final SiteSettings settings;

    SearchPages(ArticleSearch search, Sections sections, People people, StoryCards cards, PageFrame frame,
                SiteSettings settings) {
        this.search = search;
        this.sections = sections;
        this.people = people;
        this.cards = cards;
        this.frame = frame;
        this.settings = settings;
    }

    KeyedPage<SearchPage> page(SearchForm form) {
        var keys = PageKeys.builder().add(PageKeys.SEARCH);
        List<String> notices = new ArrayList<>();
        List<Section> allSections = sections.all();
        List<Person> allPeople = people.all();
        Section section = allSections.stream().filter(s -> s.slug().equals(form.section())).findFirst().orElse(null);
        Person person = allPeople.stream().filter(p -> p.slug().equals(form.person())).findFirst().orElse(null);
        LocalDate from = date(form.from(), "from", notices);
        LocalDate to = date(form.to(), "to", notices);
        if (from != null && to != null && to.isBefore(from)) {
            notices.add("The “to” date is before the “from” date, so they were swapped.");
            LocalDate swap = from;
            from = to;
            to = swap;
        }
        boolean newest = SearchOrder.parse(form.sort()) == SearchOrder.NEWEST;
        int page = page(form.page());
        boolean searched = !form.q().isBlank();
        SearchResults results = searched ? search.find(new SearchQuery(form.q(), Audience.PUBLIC,
                section == null ? null : section.id(), person == null ? null : person.id(), start(from),
                to == null ? null : start(to.plusDays(1)), null, null, newest ? SearchOrder.NEWEST : SearchOrder.RELEVANCE,
                page, PAGE_SIZE)) : SearchResults.none(PAGE_SIZE, null);
        if (results.notice() != null) {
            notices.add(0, results.notice());
        } else if (results.hits().isEmpty() && results.total() > 0) {
            notices.add(0, "There are fewer pages of results than that; the first page has the best matches.");
        }
        var stories = cards.cards(results.hits().stream().map(h -> h.article()).toList(), keys);
        List<SearchPage.Result> list = new ArrayList<>();
        for (int i = 0; i < stories.size(); i++) {
            list.add(new SearchPage.Result(stories.get(i), results.hits().get(i).snippetHtml()));
        }
        String title = searched ? "Search: " + shorten(form.q()) : "Search";
        Layout layout = frame.layout(title, "Search the stories of " + settings.name() + ".", "/search", null, keys);
        var fields = new SearchPage.Fields(form.q().length() > 200 ? form.q().substring(0, 200) : form.q(),
                options(allSections.stream().collect(Collectors.toMap(Section::slug, Section::name, (a, b) -> a,
                        LinkedHashMap::new)), form.section(), "All sections"),
                options(allPeople.stream().collect(Collectors.toMap(Person::slug, Person::displayName, (a, b) -> a,
                        LinkedHashMap::new)), form.person(), "Anyone"),
                from == null ? "" : from.toString(), to == null ? "" : to.toString(), newest);
        var findings = new SearchPage.Findings(searched, list, results.total(), results.similarSpellings(),
                pagination(form, page, results, from, to));
        return keys.page(new SearchPage(layout, fields, notices.isEmpty() ? null : String.join(" ", notices), findings));
    }

    private Instant start(LocalDate date) {
        return date == null ? null : date.atStartOfDay(settings.timeZone()).toInstant();
    }

    private static LocalDate date(String text, String which, List<String> notices) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
            return date.getYear() < 1800 || date.getYear() > 9999 ? null : date;
        } catch (DateTimeParseException e) {
            notices.add("The “" + which + "” date was not understood (use year-month-day, e.g. 2025-05-08), so it was left out.");
            return null;
        }
    }

    private static int page(String text) {
        if (!text.matches("[0-9]{1,4}")) {
            return 1;
        }
        return Math.max(1, Math.min(MAX_PAGE, Integer.parseInt(text)));
    }

    private static List<SearchPage.FilterOption> options(Map<String, String> values, String chosen, String any) {
        List<SearchPage.FilterOption> options = new ArrayList<>();
        options.add(new SearchPage.FilterOption("", any, chosen.isEmpty()));
        values.forEach((value, label) -> options.add(new SearchPage.FilterOption(value, label, value.equals(chosen))));
        return options;
    }

    private static Pagination pagination(SearchForm form, int page, SearchResults results, LocalDate from, LocalDate to) {
        int total = Math.min(results.totalPages(), MAX_PAGE);
        return new Pagination(Math.min(page, total), total, page > 1 ? href(form, Math.min(page - 1, total), from, to) : null,
                page < total ? href(form, page + 1, from, to) : null);
    }

    private static String href(SearchForm form, int page, LocalDate from, LocalDate to) {
        StringBuilder href = new StringBuilder("/search?q=").append(enc(form.q()));
        append(href, "section", form.section());
        append(href, "person", form.person());
        append(href, "from", from == null ? "" : from.toString());
        append(href, "to", to == null ? "" : to.toString());
        append(href, "sort", SearchOrder.parse(form.sort()) == SearchOrder.NEWEST ? "newest" : "");
        append(href, "page", page > 1 ? Integer.toString(page) : "");
        return href.toString();
    }

    private static void append(StringBuilder href, String name, String value) {
        if (!value.isEmpty()) {
            href.append('&').append(name).append('=').append(enc(value));
        }
    }

    private static String enc(String text) {
        return URLEncoder.encode(text.length() > 200 ? text.substring(0, 200) : text, StandardCharsets.UTF_8);
    }

    private static String shorten(String text) {
        String stripped = text.strip();
        return stripped.length() > 60 ? stripped.substring(0, 60) + "…" : stripped;
    }
}
