package news.dateline.site.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A section front: newest story large (first page only; null otherwise), then a list, then pagination;
 * the section's most-read lists beside them on the first page. A parent section's front lists its children's
 * stories too.
 *
 * @param parent   the section this one sits under ("Business" above "Markets"), or null
 * @param children the sections under this one, may be empty
 */
public record SectionPage(Layout layout, String name, @Nullable NavLink parent, List<NavLink> children,
                          @Nullable StoryCard lead, List<StoryCard> stories, Pagination pagination,
                          List<MostReadList> mostRead) {
}
