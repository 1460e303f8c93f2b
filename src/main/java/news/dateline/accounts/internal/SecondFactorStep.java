package news.dateline.accounts.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import news.dateline.accounts.SignedInSessions;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After the password is accepted: notes where the session was opened from (for the session list) and, for an
 * account with two-factor sign-in, marks the session as owing its code and sends it to the code page.
 */
public final class SecondFactorStep implements AuthenticationSuccessHandler {

    private final AccountRepository accounts;
    private final SavedRequestAwareAuthenticationSuccessHandler next = new SavedRequestAwareAuthenticationSuccessHandler();

    SecondFactorStep(AccountRepository accounts) {
        this.accounts = accounts;
        next.setDefaultTargetUrl("/newsroom");
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
        next.onAuthenticationSuccess(request, response, auth);
    }

    /** The code was right: the session is fully signed in. */
    public static void completed(HttpSession session) {
        session.removeAttribute(SessionGate.SECOND_FACTOR_PENDING);
    }
}
