package news.dateline.site.web;

/** A page that explains a request we could not serve (other than a 404), e.g. "Something went wrong". */
public record ErrorPage(Layout layout, String heading, String message) {
}
