package news.dateline.site.web;

/** The friendly 404 page. */
public record NotFoundPage(Layout layout, String message) {
}
