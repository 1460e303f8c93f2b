package news.dateline.site.web;

import org.jspecify.annotations.Nullable;

/**
 * Crawlable pagination: plain links to the previous and next pages (null when there is none).
 */
public record Pagination(int page, int totalPages, @Nullable String previousHref, @Nullable String nextHref) {

    public boolean needed() {
        return totalPages > 1;
    }
}
