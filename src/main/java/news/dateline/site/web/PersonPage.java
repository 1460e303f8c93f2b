package news.dateline.site.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A person's public page: photo (may be null), bio and their articles, newest first. */
public record PersonPage(Layout layout, String name, String bio, @Nullable ImageView photo, List<StoryCard> stories,
                         Pagination pagination) {
}
