package news.dateline.pagecache.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import news.dateline.pagecache.PageKeys;

/**
 * The surrogate keys as sent to a CDN, within a header budget (CDNs accept about 16 KB; Tomcat's response
 * headers must fit 16 KB in all). A page naming too many keys — the home page lists hundreds of stories —
 * sends each family of one-thing keys as its family key instead: {@code article-<id>} as {@code stories}
 * (every story change purges it), {@code person-<id>} as {@code bylines}, {@code image-<id>} as
 * {@code images}, {@code section-<id>} as {@code sections}. The page is purged more often, never less.
 * This node's own index keeps the precise keys.
 */
final class HeaderKeys {

    /** Characters of keys per header; sent twice (Surrogate-Key and Cache-Tag). */
    static final int BUDGET = 2_000;

    private HeaderKeys() {
    }

    static String of(Set<String> keys) {
        String all = String.join(" ", keys);
        if (all.length() <= BUDGET) {
            return all;
        }
        Set<String> collapsed = new LinkedHashSet<>();
        for (String key : keys) {
            collapsed.add(family(key));
        }
        return String.join(" ", collapsed);
    }

    private static String family(String key) {
        if (key.startsWith("article-")) {
            return PageKeys.STORIES;
        }
        if (key.startsWith("person-") && !key.startsWith("person-stories")) {
            return PageKeys.BYLINES;
        }
        if (key.startsWith("image-")) {
            return PageKeys.IMAGES;
        }
        if (key.startsWith("section-") && !key.startsWith("section-stories")) {
            return PageKeys.SECTIONS;
        }
        return key;
    }
}
