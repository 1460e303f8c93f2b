package news.dateline.newsroom.web;

import java.util.List;

/**
 * The newsroom while the database is unavailable (503): what happened, and the text that was being sent, kept in
 * a form that sends it again, or a link to try again.
 *
 * @param action   where the kept form is sent again (the address it was sent to), or null when nothing was sent
 * @param shown    the typed text, shown for editing (headline, standfirst, body...)
 * @param hidden   the rest of the sent form (version, section, bylines, CSRF token...), sent again as it was
 * @param signIn   whether this is the sign-in page (try again links to it)
 * @param retry    the address to try again (the one asked for)
 */
public record UnavailablePage(String siteName, String heading, String message, String action, List<Field> shown,
                              List<Field> hidden, boolean signIn, String retry) {

    /** One sent form field. */
    public record Field(String name, String label, String value, boolean multiline) {
    }
}
