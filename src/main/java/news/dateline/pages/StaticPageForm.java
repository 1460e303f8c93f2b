package news.dateline.pages;

import org.jspecify.annotations.Nullable;

/**
 * A static page as the newsroom's form (or an import) gives it.
 *
 * @param slug     empty: derived from the title
 * @param parentId the top-level page to sit under, or null
 */
public record StaticPageForm(@Nullable String title, @Nullable String slug, @Nullable Long parentId, int menuOrder,
                             @Nullable String body, @Nullable String seoDescription, boolean shownInFooter) {

    /** A menu order as typed: a whole number (lower comes first); empty is 0. */
    public static int order(@Nullable String typed) {
        String value = typed == null || typed.isBlank() ? "0" : typed.strip();
        if (!value.matches("-?[0-9]{1,6}")) {
            throw new IllegalArgumentException("The menu order is a whole number (lower comes first)");
        }
        return Integer.parseInt(value);
    }

    /** A parent as the form's select sends it: empty for none. */
    public static @Nullable Long parent(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(typed.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Choose the parent page from the list");
        }
    }
}
