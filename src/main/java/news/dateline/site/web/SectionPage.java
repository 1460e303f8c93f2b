package news.dateline.site.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A section front: newest story large (first page only; null otherwise), then a list, then pagination;
 * the section's most-read lists beside them on the first page.
 */
public record SectionPage(Layout layout, String name, @Nullable StoryCard lead, List<StoryCard> stories,
                          Pagination pagination, List<MostReadList> mostRead) {
}
