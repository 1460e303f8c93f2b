package news.dateline.newsroom.web;

import java.util.List;

/**
 * The newsroom home: my drafts, the ready-for-edit queue, scheduled and embargoed stories, recently
 * published; and a search with filters whose results replace the panels when used.
 *
 * @param results search results, or null when no search was made
 */
public record DashboardPage(NewsroomFrame frame, String notice, List<StoryRow> myDrafts, List<StoryRow> readyQueue,
                            List<StoryRow> upcoming, List<StoryRow> recentlyPublished, String query,
                            List<Option> sections, List<Option> people, List<Option> statuses, List<StoryRow> results,
                            long resultCount, String previousHref, String nextHref) {
}
