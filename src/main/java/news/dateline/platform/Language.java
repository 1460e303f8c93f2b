package news.dateline.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A language a story can be written in: its BCP 47 tag ({@code ar}, {@code zh-Hans}, {@code en}), its name in
 * itself, and whether it is written right to left. Stories may be in any of {@link #known}.
 */
public record Language(String tag, String name) {

    /** Languages written right to left, by their primary subtag; and scripts that are. */
    private static final Set<String> RTL_LANGUAGES = Set.of("ar", "he", "iw", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb", "syr");
    private static final Set<String> RTL_SCRIPTS = Set.of("Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Rohg");

    private static final List<Language> KNOWN = List.of(
            new Language("en", "English"), new Language("ar", "العربية"), new Language("zh-Hans", "中文（简体）"),
            new Language("zh-Hant", "中文（繁體）"), new Language("ja", "日本語"), new Language("ko", "한국어"),
            new Language("hi", "हिन्दी"), new Language("ru", "Русский"), new Language("uk", "Українська"),
            new Language("el", "Ελληνικά"), new Language("he", "עברית"), new Language("fa", "فارسی"),
            new Language("ur", "اردو"), new Language("tr", "Türkçe"), new Language("de", "Deutsch"),
            new Language("fr", "Français"), new Language("es", "Español"), new Language("it", "Italiano"),
            new Language("pt", "Português"), new Language("nl", "Nederlands"), new Language("pl", "Polski"),
            new Language("sv", "Svenska"));

    /** The languages a story may be in: the site's own first, then the known list. */
    public static List<Language> known(String siteLanguage) {
        List<Language> all = new ArrayList<>();
        Language site = KNOWN.stream().filter(l -> l.tag().equalsIgnoreCase(siteLanguage)).findFirst()
                .orElseGet(() -> new Language(siteLanguage, nameOf(siteLanguage)));
        all.add(site);
        KNOWN.stream().filter(l -> !l.equals(site)).forEach(all::add);
        return all;
    }

    /** The known language with this tag (in any letter case), or empty. */
    public static Optional<Language> find(@Nullable String tag, String siteLanguage) {
        if (tag == null) {
            return Optional.empty();
        }
        return known(siteLanguage).stream().filter(l -> l.tag().equalsIgnoreCase(tag.strip())).findFirst();
    }

    /** Whether text in the language {@code tag} is written right to left (Arabic, Hebrew, Persian, Urdu...). */
    public static boolean isRightToLeft(@Nullable String tag) {
        if (tag == null || tag.isBlank()) {
            return false;
        }
        Locale locale = Locale.forLanguageTag(tag);
        return RTL_SCRIPTS.contains(locale.getScript())
                || (locale.getScript().isEmpty() && RTL_LANGUAGES.contains(locale.getLanguage()));
    }

    /** {@code rtl} or {@code ltr}, for the {@code dir} attribute. */
    public static String direction(@Nullable String tag) {
        return isRightToLeft(tag) ? "rtl" : "ltr";
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    private static String nameOf(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        String name = locale.getDisplayName(locale);
        return name.isBlank() ? tag : name;
    }
}
