package news.dateline.site.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The search page: the form (as the reader filled it in), then a friendly note, then what was found.
 *
 * @param notice   a friendly note about the query (shortened, no words, bad date...), or null
 * @param findings the results, or nothing before a search
 */
public record SearchPage(Layout layout, Fields fields, @Nullable String notice, Findings findings) {

    /**
     * The form's fields as the reader filled them in.
     *
     * @param query    the words searched for, as typed (empty before a search)
     * @param sections the section filter's choices, "All sections" first
     * @param people   the byline filter's choices, "Anyone" first
     * @param from     the "from" date as understood (yyyy-mm-dd), or empty
     * @param to       the "to" date as understood, or empty
     * @param newest   sorted newest first instead of by relevance
     */
    public record Fields(String query, List<FilterOption> sections, List<FilterOption> people, String from, String to,
                         boolean newest) {
    }

    /**
     * What a search found.
     *
     * @param searched         whether a search was made (false shows only the form)
     * @param results          this page of stories found
     * @param total            how many stories match in all
     * @param similarSpellings nothing matched exactly; the results match similar spellings
     */
    public record Findings(boolean searched, List<Result> results, long total, boolean similarSpellings,
                           Pagination pagination) {

        public String summary() {
            return total == 1 ? "1 result" : String.format("%,d results", total);
        }
    }

    /** One story found: its card, and a passage with the matches in {@code <mark>} (safe HTML; may be empty). */
    public record Result(StoryCard card, String snippetHtml) {
    }

    /** A choice in a filter list. */
    public record FilterOption(String value, String label, boolean selected) {
    }
}
