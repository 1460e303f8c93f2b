package news.dateline.sections;

import org.jspecify.annotations.Nullable;

/**
 * A section as the newsroom's form sends it: name, slug (empty: derived from the name; ignored on a change) and
 * position in the navigation, as typed.
 */
public record SectionForm(@Nullable String name, @Nullable String slug, @Nullable String position) {

    /** The position, a whole number (lower comes first); refused with {@link IllegalArgumentException} otherwise. */
    public int order() {
        String value = position == null ? "100" : position.strip();
        if (!value.matches("-?[0-9]{1,6}")) {
            throw new IllegalArgumentException("The position is a whole number (lower comes first)");
        }
        return Integer.parseInt(value);
    }
}
