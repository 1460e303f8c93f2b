package news.dateline.platform;

import com.ibm.icu.text.Transliterator;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A URL slug: lowercase letters and digits of any script and single hyphens, 1 to 120 characters, in NFC, e.g.
 * {@code xi-jinping-arrives-in-moscow} or {@code 北京-奥运会}. Latin, Cyrillic and Greek are transliterated to ASCII
 * ("Москва" becomes {@code moskva}); scripts that read poorly in Latin letters (Chinese, Japanese, Arabic, Hebrew...)
 * stay as they are and are percent-encoded on the wire ({@link #encode}). See ADR 0008.
 */
public record Slug(String value) {

    public static final int MAX_LENGTH = 120;
    /** For route patterns: one path segment that may be a slug (checked again with {@link #isValid}). */
    public static final String ROUTE = "[\\p{Ll}\\p{Lo}\\p{Lm}\\p{M}\\p{Nd}-]+";

    private static final String UNIT = "(?:[\\p{Ll}\\p{Lo}\\p{Lm}\\p{Nd}]\\p{M}*)+";
    private static final Pattern VALID = Pattern.compile(UNIT + "(?:-" + UNIT + ")*");
    /** Arabic harakat and tatweel, Hebrew points and cantillation: readers' aids that addresses leave out. */
    private static final Pattern POINTING = Pattern.compile("[\\u0591-\\u05C7\\u0610-\\u061A\\u0640\\u064B-\\u065F\\u0670\\u06D6-\\u06ED]");
    /** Full-width Latin and digits, half-width katakana: folded to their usual forms. */
    private static final Pattern WIDTH_FORMS = Pattern.compile("[\\uFF01-\\uFFEE]+");
    private static final Pattern MARKS_ON_ASCII = Pattern.compile("(?<=[a-z0-9])\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("(?:[^\\p{Ll}\\p{Lo}\\p{Lm}\\p{Nd}\\p{M}]|(?<![\\p{L}\\p{Nd}\\p{M}])\\p{M})+");
    private static final Transliterator TO_ASCII = Transliterator.getInstance(
            "[[:Latin:][:Cyrillic:][:Greek:][:Common:]-[:Decimal_Number:]]; Any-Latin; Latin-ASCII");

    public Slug {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not a valid slug: \"" + value
                    + "\" (use lowercase letters, digits and single hyphens, at most " + MAX_LENGTH + " characters)");
        }
    }

    /** Whether {@code text} is already a valid slug (NFC, lowercase letters and digits, single hyphens). */
    public static boolean isValid(@Nullable String text) {
        return text != null && !text.isEmpty() && text.length() <= MAX_LENGTH && VALID.matcher(text).matches()
                && Normalizer.isNormalized(text, Normalizer.Form.NFC);
    }

    /**
     * A slug as typed or requested, in the stored form: NFC, lowercase, percent-escapes decoded. The result may still
     * be invalid; it is for lookups and for checking what a person typed.
     */
    public static String normalize(@Nullable String text) {
        if (text == null) {
            return "";
        }
        String decoded = text;
        if (text.indexOf('%') >= 0) {
            try {
                decoded = URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notEncoded) {
                decoded = text;
            }
        }
        return Normalizer.normalize(decoded.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /**
     * Derives a slug from a headline or name: Latin, Cyrillic and Greek spelled in ASCII ("Zürich" becomes "zurich",
     * "Ελλάδα" "ellada"), other scripts kept, apostrophes dropped, everything else that is not a letter or digit one
     * hyphen, cut at a word boundary. Empty when nothing usable remains (only emoji or punctuation).
     */
    public static Optional<Slug> derive(@Nullable String text) {
        String nfc = Normalizer.normalize(WIDTH_FORMS.matcher(text == null ? "" : text)
                .replaceAll(m -> Normalizer.normalize(m.group(), Normalizer.Form.NFKC)), Normalizer.Form.NFC);
        String ascii = TO_ASCII.transliterate(POINTING.matcher(nfc).replaceAll(""));
        String lower = Normalizer.normalize(ascii, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replaceAll("['’‘`]", "");
        lower = MARKS_ON_ASCII.matcher(lower).replaceAll("");
        String slug = NOT_SLUG.matcher(lower).replaceAll("-").replaceAll("^-+|-+$", "");
        slug = cut(slug);
        return slug.isEmpty() || !isValid(slug) ? Optional.empty() : Optional.of(new Slug(slug));
    }

    /**
     * The address a person typed, normalized; refused with a message naming the rules when it is not one.
     *
     * @throws IllegalArgumentException when {@code typed} is not a usable address
     */
    public static Slug typed(String typed) {
        String normal = normalize(typed);
        if (!isValid(normal)) {
            throw new IllegalArgumentException("The address \"" + typed + "\" cannot be used: use lowercase letters and digits "
                    + "(of any script) and single hyphens, at most " + MAX_LENGTH + " characters");
        }
        return new Slug(normal);
    }

    /** {@code base}, or {@code base-2}, {@code base-3}... : the first that {@code taken} does not hold. */
    public static Slug firstUnused(String base, java.util.function.Predicate<String> taken) {
        String candidate = base;
        for (int n = 2; taken.test(candidate); n++) {
            candidate = base + "-" + n;
        }
        return new Slug(candidate);
    }

    /** As {@link #derive}, but refuses text without letters or digits. */
    public static Slug from(String text) {
        return derive(text).orElseThrow(() ->
                new IllegalArgumentException("Cannot derive a slug from \"" + text + "\": it has no letters or digits"));
    }

    /** The slug as it goes in an address: ASCII stays, everything else is percent-encoded UTF-8. */
    public static String encode(String slug) {
        StringBuilder out = new StringBuilder(slug.length());
        for (byte b : slug.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /** This slug as it goes in an address. */
    public String encoded() {
        return encode(value);
    }

    /** {@code slug} cut to at most {@code length} characters, never inside a character or before its marks. */
    public static String shortened(String slug, int length) {
        if (slug.length() <= length) {
            return slug;
        }
        int end = length;
        while (end > 0 && (Character.isLowSurrogate(slug.charAt(end)) || Character.getType(slug.charAt(end)) == Character.NON_SPACING_MARK
                || Character.getType(slug.charAt(end)) == Character.COMBINING_SPACING_MARK)) {
            end--;
        }
        return slug.substring(0, end).replaceAll("-+$", "");
    }

    private static String cut(String slug) {
        if (slug.length() <= MAX_LENGTH) {
            return slug;
        }
        String cut = shortened(slug, MAX_LENGTH);
        int lastHyphen = cut.lastIndexOf('-');
        return (lastHyphen > MAX_LENGTH / 2 ? cut.substring(0, lastHyphen) : cut).replaceAll("-+$", "");
    }

    @Override
    public String toString() {
        return value;
    }
}
