package news.dateline.site.web;

/**
 * The search page's parameters exactly as sent, every one optional and possibly nonsense; {@link SearchPages}
 * makes sense of them.
 */
record SearchForm(String q, String section, String person, String from, String to, String sort, String page) {

    SearchForm {
        q = q == null ? "" : q;
        section = blankToEmpty(section);
        person = blankToEmpty(person);
        from = blankToEmpty(from);
        to = blankToEmpty(to);
        sort = blankToEmpty(sort);
        page = blankToEmpty(page);
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
