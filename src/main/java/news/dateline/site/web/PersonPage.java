package news.dateline.site.web;

import java.util.List;

/** A person's public page: photo (may be null), bio and their articles, newest first. */
public record PersonPage(Layout layout, String name, String bio, ImageView photo, List<StoryCard> stories,
                         Pagination pagination) {
}
