package news.dateline.newsroom.web.staff;

import java.util.List;
import news.dateline.newsroom.web.NewsroomFrame;
import org.jspecify.annotations.Nullable;

/**
 * An admin's view of one account: lockout, reset link, open sessions, two-factor sign-in.
 *
 * @param lockedUntil when the sign-in lockout ends (formatted), or null when not locked
 * @param resetLink a reset link just issued, to copy to the account's owner, or null
 */
public record AccountCarePage(NewsroomFrame frame, Holder account, @Nullable String notice, @Nullable String lockedUntil,
                              @Nullable ResetLink resetLink, List<SessionRow> sessions, boolean twoFactor) {

    /** The account looked after. */
    public record Holder(long id, String displayName, String username, boolean active) {
    }

    /** A one-time reset link and when it stops working (formatted). */
    public record ResetLink(String url, String expires) {
    }
}
