package news.dateline.imports.internal.ghost;

/**
 * The site's address as the export writes it: Ghost writes every own URL as {@code __GHOST_URL__/...}. When the
 * export names the site's URL the placeholder is replaced by it; otherwise it stays, and the engine replaces it with
 * the old address the user gives.
 */
record GhostUrls(String baseUrl) {

    static final String PLACEHOLDER = "__GHOST_URL__";

    GhostUrls {
        baseUrl = baseUrl.isBlank() ? PLACEHOLDER : baseUrl.replaceAll("/+$", "");
    }

    String resolve(String text) {
        return baseUrl.equals(PLACEHOLDER) ? text : text.replace(PLACEHOLDER, baseUrl);
    }

    String post(String slug) {
        return baseUrl + "/" + slug + "/";
    }
}
