package news.dateline.sections;

import org.jspecify.annotations.Nullable;

/**
 * A section as the newsroom's form sends it: name, slug (empty: derived from the name; ignored on a change), position
 * in the navigation and parent section (the id from the form's select; empty for a top-level section), as typed.
 */
public record SectionForm(@Nullable String name, @Nullable String slug, @Nullable String position,
                          @Nullable String parent) {

    /** A top-level section. */
    public SectionForm(@Nullable String name, @Nullable String slug, @Nullable String position) {
        this(name, slug, position, null);
    }

    /** The position, a whole number (lower comes first); refused with {@link IllegalArgumentException} otherwise. */
    public int order() {
        String value = position == null ? "100" : position.strip();
        if (!value.matches("-?[0-9]{1,6}")) {
            throw new IllegalArgumentException("The position is a whole number (lower comes first)");
        }
        return Integer.parseInt(value);
    }

    /** The parent section's id, or null for a top-level section. */
    public @Nullable Long parentId() {
        if (parent == null || parent.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(parent.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Choose the parent section from the list");
        }
    }
}
