package news.dateline.imports.internal.feed;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;

/** Text as feeds hold it: HTML-escaped titles, plain-text content, slugs inside links. */
final class FeedText {

    private FeedText() {
    }

    /** Plain text of what may hold HTML, whitespace collapsed. */
    static String plain(String html) {
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return html.strip().replaceAll("\\s+", " ");
        }
        return Jsoup.parseBodyFragment(html).text().strip();
    }

    /** Plain text as HTML paragraphs (Atom {@code type="text"} content). */
    static String paragraphs(String text) {
        var out = new StringBuilder();
        for (String paragraph : text.strip().split("\\n\\s*\\n")) {
            if (!paragraph.isBlank()) {
                out.append("<p>").append(Markup.escape(paragraph.strip(), false)).append("</p>\n");
            }
        }
        return out.toString().strip();
    }

    /** The last segment of a link's path, decoded ({@code /2026/09/07/the-slug/} → {@code the-slug}), blank if none. */
    static String slug(String link) {
        String path;
        try {
            path = URI.create(link.strip()).getRawPath();
        } catch (IllegalArgumentException e) {
            return "";
        }
        if (path == null) {
            return "";
        }
        String[] segments = path.split("/");
        String last = segments.length == 0 ? "" : segments[segments.length - 1];
        try {
            // WordPress cuts long encoded slugs at 200 bytes: a split character decodes to U+FFFD, dropped.
            return URLDecoder.decode(last.replace("+", "%2B"), StandardCharsets.UTF_8).replace("\uFFFD", "");
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** The name in an RSS {@code author} ({@code desk@example.test (Zoë Ångström)}); an address alone gives its name part. */
    static String authorName(String author) {
        String value = author.strip();
        int open = value.indexOf('(');
        if (open >= 0 && value.endsWith(")")) {
            return value.substring(open + 1, value.length() - 1).strip();
        }
        int at = value.indexOf('@');
        return at > 0 && !value.contains(" ") ? value.substring(0, at) : value;
    }
}
