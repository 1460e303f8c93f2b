package news.dateline.site.web;

/** A byline: the person's display name and the URL of their public page. */
public record BylineLink(String name, String href) {
}
