package news.dateline.accounts.web;

import java.util.Map;

/**
 * Setting a new password through an admin-issued reset link.
 *
 * @param errors field name to message, for inline form errors
 */
public record ResetPage(String siteName, String token, String username, Map<String, String> errors, String csrfParameter,
                        String csrfToken) {

    public String error(String field) {
        return errors.get(field);
    }
}
