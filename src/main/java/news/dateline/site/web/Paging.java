package news.dateline.site.web;

import news.dateline.articles.ArticleListing;

/** Crawlable page links: page 1 lives at the base path, page n at {@code <base>/page/<n>}. */
final class Paging {

    static final int PAGE_SIZE = 12;

    private Paging() {
    }

    static String path(String base, int page) {
        return page <= 1 ? base : base + "/page/" + page;
    }

    static Pagination of(String base, ArticleListing listing) {
        int page = listing.page();
        int total = listing.totalPages();
        return new Pagination(page, total, page > 1 ? path(base, page - 1) : null,
                page < total ? path(base, page + 1) : null);
    }

    /** A page number from the URL: only 2 and up (page 1 has no /page/ address). */
    static int parse(String text) {
        if (text == null || !text.matches("[0-9]{1,6}")) {
            throw new NotFoundException("There is no such page.");
        }
        int page = Integer.parseInt(text);
        if (page < 2) {
            throw new NotFoundException("There is no such page.");
        }
        return page;
    }
}
