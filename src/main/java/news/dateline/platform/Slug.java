package news.dateline.platform;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A URL slug: lowercase ASCII letters, digits and single hyphens, 1 to 120 characters,
 * e.g. {@code xi-jinping-arrives-in-moscow}.
 */
public record Slug(String value) {

    public static final int MAX_LENGTH = 120;
    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    public Slug {
        if (value == null || value.length() > MAX_LENGTH || !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a valid slug: \"" + value
                    + "\" (use lowercase letters, digits and single hyphens, at most " + MAX_LENGTH + " characters)");
        }
    }

    /** Whether {@code text} is already a valid slug. */
    public static boolean isValid(String text) {
        return text != null && text.length() <= MAX_LENGTH && VALID.matcher(text).matches();
    }

    /**
     * Derives a slug from a headline or name: accents folded ("Zürich" becomes "zurich"), apostrophes dropped,
     * everything else that is not a letter or digit becomes one hyphen, cut at a word boundary.
     */
    public static Slug from(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)).replaceAll("");
        String lower = folded.toLowerCase(Locale.ROOT).replace("ß", "ss").replaceAll("['’‘`]", "");
        String slug = NON_ALNUM.matcher(lower).replaceAll("-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH);
            int lastHyphen = slug.lastIndexOf('-');
            slug = lastHyphen > 0 ? slug.substring(0, lastHyphen) : slug;
        }
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("Cannot derive a slug from \"" + text + "\": it has no letters or digits");
        }
        return new Slug(slug);
    }

    @Override
    public String toString() {
        return value;
    }
}
