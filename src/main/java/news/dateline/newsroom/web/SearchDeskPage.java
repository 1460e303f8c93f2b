package news.dateline.newsroom.web;

import java.util.List;

/**
 * The newsroom's full-text search over stories in every state.
 *
 * @param searched whether a search was made (false shows only the form)
 * @param notice   a note about the query, or null
 */
public record SearchDeskPage(NewsroomFrame frame, String query, boolean searched, String notice, List<Result> results,
                             long total, boolean similarSpellings, List<Option> sections, List<Option> people,
                             List<Option> statuses, List<Option> orders, String previousHref, String nextHref) {

    /** A story found, with a passage where the words matched (safe HTML with {@code <mark>}; may be empty). */
    public record Result(StoryRow row, String snippetHtml) {
    }
}
