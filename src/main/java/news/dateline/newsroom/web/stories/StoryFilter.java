package news.dateline.newsroom.web.stories;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import news.dateline.articles.ArticleStatus;
import news.dateline.newsroom.web.Option;
import news.dateline.newsroom.web.Paging;
import news.dateline.people.Person;
import news.dateline.search.SearchOrder;
import news.dateline.sections.Section;
import org.jspecify.annotations.Nullable;

/**
 * The filters of the newsroom's story lists, bound from the query string ({@code q}, {@code section}, {@code person},
 * {@code status}, {@code sort}, {@code page}). Anything unreadable is left out, never an error: a filter that does not
 * parse does not filter, the text is cut at {@link #MAX_TEXT} characters and the page is kept within 1 to
 * {@link #MAX_PAGE}.
 *
 * @param text what was typed, possibly blank
 */
public record StoryFilter(String text, @Nullable Long sectionId, @Nullable Long personId, @Nullable ArticleStatus status,
                          SearchOrder order, int page) {

    public static final int MAX_TEXT = 200;
    public static final int MAX_PAGE = 50;

    public StoryFilter {
        text = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        page = Math.max(1, Math.min(page, MAX_PAGE));
    }

    /** The filters as the query string gave them. */
    public static StoryFilter from(Map<String, String> params) {
        Long page = id(params.get("page"));
        return new StoryFilter(params.getOrDefault("q", ""), id(params.get("section")), id(params.get("person")),
                status(params.get("status")), SearchOrder.parse(params.get("sort")),
                page == null ? 1 : (int) Math.min(page, MAX_PAGE));
    }

    /** Whether anything was asked: some text or a filter (else the list pages show their defaults). */
    public boolean searching() {
        return !text.isBlank() || sectionId != null || personId != null || status != null;
    }

    /** The address of another page of these results at {@code path}. */
    public String href(String path, int page) {
        return path + "?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8) + "&section=" + str(sectionId)
                + "&person=" + str(personId) + "&status=" + (status == null ? "" : status.name()) + "&sort=" + order.code()
                + "&page=" + page;
    }

    /** The previous and next pages' addresses at {@code path}, when there are such pages. */
    public Paging paging(String path, int totalPages) {
        int last = Math.min(totalPages, MAX_PAGE);
        return new Paging(page > 1 ? href(path, page - 1) : null, page < last ? href(path, page + 1) : null);
    }

    /** The form showing these filters, with every section and person to choose from. */
    public FilterForm form(List<Section> sections, List<Person> people) {
        var sectionOptions = new ArrayList<>(List.of(new Option("", "All sections", sectionId == null)));
        sections.forEach(s -> sectionOptions.add(new Option(String.valueOf(s.id()), s.name(), Long.valueOf(s.id()).equals(sectionId))));
        var personOptions = new ArrayList<>(List.of(new Option("", "Anyone", personId == null)));
        people.forEach(p -> personOptions.add(new Option(String.valueOf(p.id()), p.displayName(), Long.valueOf(p.id()).equals(personId))));
        var statusOptions = new ArrayList<>(List.of(new Option("", "Any state", status == null)));
        Arrays.stream(ArticleStatus.values()).forEach(s -> statusOptions.add(new Option(s.name(), s.label(), s == status)));
        var orders = List.of(new Option("relevance", "Best match", order == SearchOrder.RELEVANCE),
                new Option("newest", "Newest", order == SearchOrder.NEWEST));
        return new FilterForm(text, sectionOptions, personOptions, statusOptions, orders);
    }

    private static @Nullable Long id(@Nullable String text) {
        return text != null && text.strip().matches("[0-9]{1,15}") ? Long.valueOf(text.strip()) : null;
    }

    private static @Nullable ArticleStatus status(@Nullable String text) {
        return Arrays.stream(ArticleStatus.values()).filter(s -> s.name().equalsIgnoreCase(text == null ? "" : text.strip()))
                .findFirst().orElse(null);
    }

    private static String str(@Nullable Long id) {
        return id == null ? "" : id.toString();
    }
}
