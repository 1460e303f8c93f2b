package news.dateline.newsroom.web.stories;

import java.util.List;
import news.dateline.newsroom.web.Paging;
import news.dateline.newsroom.web.StoryRow;
import org.jspecify.annotations.Nullable;

/**
 * One page of stories found.
 *
 * @param total            how many stories match in all
 * @param similarSpellings nothing matched exactly; these match words spelled similarly
 * @param notice           a note about the query, or null
 */
public record FoundStories(List<Found> stories, long total, boolean similarSpellings, @Nullable String notice,
                           Paging paging) {

    /** A story found, with a passage where the words matched (safe HTML with {@code <mark>}; may be empty). */
    public record Found(StoryRow row, String snippetHtml) {
    }

    /** The stories as plain rows. */
    public List<StoryRow> rows() {
        return stories.stream().map(Found::row).toList();
    }
}
