package news.dateline.accounts.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;
import news.dateline.accounts.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checked on every newsroom request of a signed-in user (one small query): a deactivated or deleted account's
 * session is ended at once (it is signed out and sent to the sign-in page); a session still owing its second
 * factor reaches only the code page; an admin without two-factor sign-in, where the site requires it, reaches
 * only the enrolment page. Not a bean, so that it runs in the newsroom's security chain only.
 */
final class SessionGate extends OncePerRequestFilter {

    /** Session attribute: the password was right, the two-factor code is still owed. */
    static final String SECOND_FACTOR_PENDING = "dateline.secondFactorPending";
    static final String CODE_PAGE = "/newsroom/login/code";
    static final String ENROL_PAGE = "/newsroom/account/two-factor";
    static final String LOGOUT = "/newsroom/logout";

    private static final Logger log = LoggerFactory.getLogger(SessionGate.class);

    private final Function<String, Optional<AccountRepository.Standing>> standings;
    private final boolean twoFactorRequiredForAdmins;

    /** @param standings the standing of an account by username (one small query) */
    SessionGate(Function<String, Optional<AccountRepository.Standing>> standings, boolean twoFactorRequiredForAdmins) {
        this.standings = standings;
        this.twoFactorRequiredForAdmins = twoFactorRequiredForAdmins;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getServletPath();
        var standing = standings.apply(auth.getName()).orElse(null);
        HttpSession session = request.getSession(false);
        if (standing == null || !standing.active()) {
            log.warn("Signed out {}: the account is no longer active ({} {})", auth.getName(), request.getMethod(), path);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            response.sendRedirect(SecurityConfiguration.LOGIN + "?inactive");
            return;
        }
        if (session != null && session.getAttribute(SECOND_FACTOR_PENDING) != null) {
            if (path.equals(CODE_PAGE) || path.equals(LOGOUT) || path.equals(SecurityConfiguration.LOGIN)) {
                chain.doFilter(request, response);
            } else {
                response.sendRedirect(CODE_PAGE);
            }
            return;
        }
        if (twoFactorRequiredForAdmins && standing.role() == Role.ADMIN && !standing.twoFactor()
                && !path.equals(ENROL_PAGE) && !path.equals(LOGOUT)) {
            response.sendRedirect(ENROL_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
