package news.dateline.site.web;

import org.jspecify.annotations.Nullable;

/**
 * A static page ("About us") as readers get it: no byline, no date line.
 *
 * @param parent the page it sits under, as a link, or null
 * @param html   the sanitized body, its library images as figures; safe to output unescaped
 */
public record InfoPage(Layout layout, @Nullable NavLink parent, String title, String html) {
}
