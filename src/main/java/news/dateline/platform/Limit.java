package news.dateline.platform;

import org.jspecify.annotations.Nullable;

/**
 * The most characters a text field accepts, checked on the server whatever the browser sent (a form's
 * {@code maxlength} is only a convenience). Lengths count UTF-16 code units, as {@code maxlength} does.
 */
public record Limit(int max) {

    public Limit {
        if (max < 1) {
            throw new IllegalArgumentException("A limit is at least one character");
        }
    }

    /** Whether {@code text} (null counts as empty) is longer than allowed. */
    public boolean exceededBy(@Nullable String text) {
        return text != null && text.length() > max;
    }

    /** What to tell the person who typed {@code text}. */
    public String message(@Nullable String text) {
        return String.format(java.util.Locale.ENGLISH, "Use at most %,d characters (this has %,d)", max,
                text == null ? 0 : text.length());
    }
}
