package news.dateline.newsroom.web;

import org.jspecify.annotations.Nullable;

/** Links to the previous and next page of a list; null where there is no such page. */
public record Paging(@Nullable String previousHref, @Nullable String nextHref) {

    public boolean any() {
        return previousHref != null || nextHref != null;
    }
}
