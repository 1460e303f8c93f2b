package news.dateline.imports.internal.wordpress;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Infers the site's permalink structure ({@code /%year%/%monthnum%/%day%/%postname%/}) from its published posts'
 * {@code link}s: each path segment that equals the post's date part, slug, id, category or author becomes that tag,
 * anything else stays as written; the structure most posts show wins. Plain links ({@code /?p=67}) say only
 * {@code /?p=%post_id%}, and only when no post shows anything better.
 */
final class Permalinks {

    private static final int MAX_STRUCTURES = 64;

    private final Map<String, Integer> seen = new HashMap<>();
    private boolean plain;

    void observe(WxrItem post, String blogUrl) {
        String link = post.field("link");
        if (!link.startsWith(blogUrl) || blogUrl.isEmpty()) {
            return;
        }
        String path = link.substring(blogUrl.length());
        if (path.startsWith("/?") || path.startsWith("?")) {
            plain = true;
            return;
        }
        if (path.contains("?") || path.contains("#") || !path.startsWith("/")) {
            return;
        }
        String structure = structure(post, path);
        if (seen.containsKey(structure) || seen.size() < MAX_STRUCTURES) {
            seen.merge(structure, 1, Integer::sum);
        }
    }

    private static String structure(WxrItem post, String path) {
        LocalDateTime date = WxrDates.local(post.field("wp:post_date"));
        List<String> parts = new ArrayList<>();
        String previous = "";
        for (String segment : path.substring(1).split("/", -1)) {
            if (segment.isEmpty()) {
                continue;
            }
            String tag = tag(post, date, segment.toLowerCase(Locale.ROOT), parts);
            if (!(tag.equals("%category%") && previous.equals("%category%"))) {
                parts.add(tag);
            }
            previous = tag;
        }
        return "/" + String.join("/", parts) + (path.endsWith("/") && !parts.isEmpty() ? "/" : "");
    }

    private static String tag(WxrItem post, @Nullable LocalDateTime date, String segment, List<String> used) {
        if (segment.equals(post.field("wp:post_name").toLowerCase(Locale.ROOT))) {
            return "%postname%";
        }
        if (segment.equals(post.id())) {
            return "%post_id%";
        }
        if (date != null) {
            if (!used.contains("%year%") && segment.equals(String.format(Locale.ROOT, "%04d", date.getYear()))) {
                return "%year%";
            }
            if (!used.contains("%monthnum%") && segment.equals(String.format(Locale.ROOT, "%02d", date.getMonthValue()))) {
                return "%monthnum%";
            }
            if (!used.contains("%day%") && segment.equals(String.format(Locale.ROOT, "%02d", date.getDayOfMonth()))) {
                return "%day%";
            }
        }
        if (post.terms.stream().anyMatch(t -> t.domain().equals("category")
                && t.nicename().equalsIgnoreCase(segment))) {
            return "%category%";
        }
        if (segment.equalsIgnoreCase(post.field("dc:creator"))) {
            return "%author%";
        }
        return segment;
    }

    /** The structure most published posts show, blank when none had a link on the site. */
    String structure() {
        return seen.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .orElse(plain ? "/?p=%post_id%" : "");
    }
}
