package news.dateline.site.web;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;

/**
 * The date lines' words in a story's language: "Published On" / "Updated On" in English, "نُشر في" / "حُدّث في" in
 * Arabic..., with the date written the language's way (CLDR through java.time). Languages not listed read in English.
 */
record DateWords(String published, String updated, DateTimeFormatter day, DateTimeFormatter dayAndTime) {

    static final DateWords ENGLISH = new DateWords("Published On", "Updated On",
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy, HH:mm z", Locale.ENGLISH));

    private static final Map<String, String[]> WORDS = Map.ofEntries(
            Map.entry("ar", new String[] {"نُشر في", "حُدّث في"}),
            Map.entry("zh-Hans", new String[] {"发布于", "更新于"}),
            Map.entry("zh-Hant", new String[] {"發佈於", "更新於"}),
            Map.entry("ja", new String[] {"公開日", "更新日"}),
            Map.entry("ko", new String[] {"게시일", "수정일"}),
            Map.entry("hi", new String[] {"प्रकाशित", "अद्यतन"}),
            Map.entry("ru", new String[] {"Опубликовано", "Обновлено"}),
            Map.entry("uk", new String[] {"Опубліковано", "Оновлено"}),
            Map.entry("el", new String[] {"Δημοσιεύθηκε", "Ενημερώθηκε"}),
            Map.entry("he", new String[] {"פורסם", "עודכן"}),
            Map.entry("fa", new String[] {"منتشر شده در", "به‌روزرسانی در"}),
            Map.entry("ur", new String[] {"شائع شدہ", "تازہ کاری"}),
            Map.entry("tr", new String[] {"Yayımlanma", "Güncellenme"}),
            Map.entry("de", new String[] {"Veröffentlicht am", "Aktualisiert am"}),
            Map.entry("fr", new String[] {"Publié le", "Mis à jour le"}),
            Map.entry("es", new String[] {"Publicado el", "Actualizado el"}),
            Map.entry("it", new String[] {"Pubblicato il", "Aggiornato il"}),
            Map.entry("pt", new String[] {"Publicado em", "Atualizado em"}),
            Map.entry("nl", new String[] {"Gepubliceerd op", "Bijgewerkt op"}),
            Map.entry("pl", new String[] {"Opublikowano", "Zaktualizowano"}),
            Map.entry("sv", new String[] {"Publicerad", "Uppdaterad"}));

    /** The words for a BCP 47 tag: its own when known (Chinese by script), otherwise English. */
    static DateWords of(String tag) {
        Locale locale = Locale.forLanguageTag(tag == null ? "" : tag);
        String language = locale.getLanguage();
        if (language.isEmpty() || language.equals("en")) {
            return ENGLISH;
        }
        String key = language.equals("zh") ? ("Hant".equals(locale.getScript()) || "TW".equals(locale.getCountry())
                || "HK".equals(locale.getCountry()) ? "zh-Hant" : "zh-Hans") : language;
        String[] words = WORDS.get(key);
        if (words == null) {
            return ENGLISH;
        }
        return new DateWords(words[0], words[1], DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale),
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(locale));
    }
}
