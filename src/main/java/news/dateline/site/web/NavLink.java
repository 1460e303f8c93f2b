package news.dateline.site.web;

/** One entry of the section navigation; {@code current} marks the section being viewed. */
public record NavLink(String name, String href, boolean current) {
}
