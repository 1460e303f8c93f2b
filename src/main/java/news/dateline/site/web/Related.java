package news.dateline.site.web;

import java.util.List;

/**
 * What an article page offers next to read.
 *
 * @param moreInSection other recent stories from the same section
 * @param mostRead      most-read lists shown beside the story, may be empty (a preview has none)
 */
public record Related(List<StoryCard> moreInSection, List<MostReadList> mostRead) {
}
