package news.dateline.imports.internal.wordpress;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The user nicename WordPress gives an author who never set one: {@code sanitize_title} of the login, as
 * {@code wp_insert_user} does. Accents are removed, letters lowercased, a dot becomes a hyphen, {@code @} and other
 * punctuation are dropped, underscores kept, spaces become hyphens ({@code "Jane.Doe@Example.com"} →
 * {@code jane-doeexample-com}). Letters outside Latin stay (WordPress keeps them percent-encoded).
 */
final class Nicename {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern ENTITIES = Pattern.compile("&.+?;");
    private static final Pattern DROPPED = Pattern.compile("[^\\p{L}\\p{Nd}\\s_-]");
    private static final int MAX_LENGTH = 50;

    private Nicename() {
    }

    static String of(String login) {
        String cut = login.codePointCount(0, login.length()) > MAX_LENGTH
                ? login.substring(0, login.offsetByCodePoints(0, MAX_LENGTH)) : login;
        String plain = MARKS.matcher(Normalizer.normalize(latin(cut), Normalizer.Form.NFD)).replaceAll("");
        String lower = ENTITIES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("").replace('.', '-');
        String kept = DROPPED.matcher(lower).replaceAll("");
        return Normalizer.normalize(kept.strip().replaceAll("\\s+", "-").replaceAll("-+", "-")
                .replaceAll("^-|-$", ""), Normalizer.Form.NFC);
    }

    /** The letters {@code remove_accents} spells out rather than strips. */
    private static String latin(String text) {
        return text.replace("ß", "ss").replace("Æ", "AE").replace("æ", "ae").replace("Ø", "O").replace("ø", "o")
                .replace("Œ", "OE").replace("œ", "oe").replace("Ł", "L").replace("ł", "l").replace("Đ", "D")
                .replace("đ", "d").replace("Þ", "TH").replace("þ", "th");
    }
}
