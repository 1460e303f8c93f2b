package news.dateline.search;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of search results.
 *
 * @param total            how many stories match in all
 * @param similarSpellings nothing matched exactly; these match words spelled similarly
 * @param notice           something to tell the person about their query (it was shortened, was empty...), or null
 */
public record SearchResults(List<SearchHit> hits, long total, int page, int pageSize, boolean similarSpellings,
                            @Nullable String notice) {

    public SearchResults {
        hits = List.copyOf(hits);
    }

    public static SearchResults none(int pageSize, @Nullable String notice) {
        return new SearchResults(List.of(), 0, 1, pageSize, false, notice);
    }

    public int totalPages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
