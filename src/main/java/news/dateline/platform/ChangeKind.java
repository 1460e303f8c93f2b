package news.dateline.platform;

import java.util.Locale;

/** What a change journal entry is about; stored in lowercase ({@code article}, {@code section}, ...). */
public enum ChangeKind {
    ARTICLE,
    SECTION,
    PERSON,
    IMAGE,
    /** A static page ("About us"): its own page, and the footer list every page shows. */
    PAGE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ChangeKind fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
