package news.dateline.search;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How results are ordered: best match first (fresher first among equals), or newest first. */
public enum SearchOrder {
    RELEVANCE,
    NEWEST;

    /** From a URL parameter such as {@code newest}; anything unknown is relevance. */
    public static SearchOrder parse(@Nullable String text) {
        return text != null && text.strip().toLowerCase(Locale.ROOT).equals("newest") ? NEWEST : RELEVANCE;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
