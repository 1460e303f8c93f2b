package news.dateline.newsroom.web.staff;

import java.util.List;
import news.dateline.newsroom.web.NewsroomFrame;

/**
 * An admin's view of one account: lockout, reset link, open sessions, two-factor sign-in.
 *
 * @param lockedUntil when the sign-in lockout ends (formatted), or null when not locked
 * @param resetLink a reset link just issued, to copy to the account's owner, or null
 */
public record AccountCarePage(NewsroomFrame frame, long id, String displayName, String username, boolean active,
                              String notice, String lockedUntil, String resetLink, String resetExpires,
                              List<SessionRow> sessions, boolean twoFactor) {
}
