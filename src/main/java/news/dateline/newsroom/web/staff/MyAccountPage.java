package news.dateline.newsroom.web.staff;

import java.util.List;
import java.util.Map;
import news.dateline.newsroom.web.NewsroomFrame;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in person's own account: change password, open sessions, two-factor sign-in.
 *
 * @param errors field name to message, for inline form errors
 * @param recoveryCodes recovery codes to show once (just after turning on two-factor sign-in), else empty
 */
public record MyAccountPage(NewsroomFrame frame, @Nullable String notice, Map<String, String> errors, String username,
                            List<SessionRow> sessions, boolean twoFactor, int recoveryCodesLeft, List<String> recoveryCodes) {

    public @Nullable String error(String field) {
        return errors.get(field);
    }
}
