package news.dateline.accounts.web;

/**
 * The second sign-in step: the code from the authenticator app (or a recovery code).
 *
 * @param message why the last code was refused, or null
 */
public record SecondFactorPage(String siteName, String message, String csrfParameter, String csrfToken) {
}
