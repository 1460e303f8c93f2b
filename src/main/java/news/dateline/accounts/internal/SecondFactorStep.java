package news.dateline.accounts.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import news.dateline.accounts.SignedInSessions;
import news.dateline.accounts.StaffCookie;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * After the password is accepted: notes where the session was opened from (for the session list) and, for an
 * account with two-factor sign-in, marks the session as owing its code and sends it to the code page.
 */
public final class SecondFactorStep implements AuthenticationSuccessHandler {

    private final AccountRepository accounts;
    private final StaffCookie staff;
    private final AuthenticationSuccessHandler next;

    /** {@code next} finishes a complete sign-in (back to the page asked for); {@code staff} marks the browser as staff. */
    SecondFactorStep(AccountRepository accounts, StaffCookie staff, AuthenticationSuccessHandler next) {
        this.accounts = accounts;
        this.staff = staff;
        this.next = next;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException, ServletException {
        HttpSession session = request.getSession();
        session.setAttribute(SignedInSessions.ADDRESS, request.getRemoteAddr());
        String agent = request.getHeader("User-Agent");
        session.setAttribute(SignedInSessions.USER_AGENT, agent == null ? "" : agent.substring(0, Math.min(agent.length(), 300)));
        boolean twoFactor = accounts.standing(auth.getName()).map(AccountRepository.Standing::twoFactor).orElse(false);
        if (twoFactor) {
            session.setAttribute(SessionGate.SECOND_FACTOR_PENDING, Boolean.TRUE);
            response.sendRedirect(SessionGate.CODE_PAGE);
            return;
        }
        staff.renew(request, response);
        next.onAuthenticationSuccess(request, response, auth);
    }

    /** The code was right: the session is fully signed in. */
    public static void completed(HttpSession session) {
        session.removeAttribute(SessionGate.SECOND_FACTOR_PENDING);
    }
}
