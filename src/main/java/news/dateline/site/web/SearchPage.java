package news.dateline.site.web;

import java.util.List;

/**
 * The search page: the form (as the reader filled it in), then the results or a message.
 *
 * @param query            the words searched for, as typed (empty before a search)
 * @param notice           a friendly note about the query (shortened, no words, bad date...), or null
 * @param searched         whether a search was made (false shows only the form)
 * @param similarSpellings nothing matched exactly; the results match similar spellings
 * @param from             the "from" date as typed (yyyy-mm-dd), or empty
 * @param to               the "to" date as typed, or empty
 * @param newest           sorted newest first instead of by relevance
 */
public record SearchPage(Layout layout, String query, String notice, boolean searched, List<Result> results, long total,
                         boolean similarSpellings, List<FilterOption> sections, List<FilterOption> people, String from,
                         String to, boolean newest, Pagination pagination) {

    /** One story found: its card, and a passage with the matches in {@code <mark>} (safe HTML; may be empty). */
    public record Result(StoryCard card, String snippetHtml) {
    }

    /** A choice in a filter list. */
    public record FilterOption(String value, String label, boolean selected) {
    }

    public String summary() {
        return total == 1 ? "1 result" : String.format("%,d results", total);
    }
}
