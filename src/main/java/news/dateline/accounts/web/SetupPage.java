package news.dateline.accounts.web;

import java.util.Map;

/**
 * The one-time page that creates the first admin of a fresh install.
 *
 * @param errors field name to message, for inline form errors
 * @param values what the person typed (never the password), to fill the form again
 */
public record SetupPage(String siteName, String token, Map<String, String> errors, Map<String, String> values,
                        String csrfParameter, String csrfToken) {

    public String error(String field) {
        return errors.get(field);
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }
}
