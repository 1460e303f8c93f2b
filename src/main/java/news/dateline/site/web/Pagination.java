package news.dateline.site.web;

/**
 * Crawlable pagination: plain links to the previous and next pages (null when there is none).
 */
public record Pagination(int page, int totalPages, String previousHref, String nextHref) {

    public boolean needed() {
        return totalPages > 1;
    }
}
