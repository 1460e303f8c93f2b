package news.dateline.accounts.web;

/**
 * The newsroom sign-in page.
 *
 * @param message   an explanation to show (failed sign-in, locked, signed out), or null
 * @param error     whether the message reports a problem
 * @param csrfParameter the form field name of the CSRF token
 * @param csrfToken the CSRF token value
 */
public record SignInPage(String siteName, String message, boolean error, String username, String csrfParameter,
                         String csrfToken) {
}
