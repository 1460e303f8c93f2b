package news.dateline.accounts.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import news.dateline.accounts.StaffCookie;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In the newsroom chain: a signed-in user gets (and keeps renewing) the signed {@link StaffCookie} that lets them
 * bypass the public page cache; a request without a newsroom sign-in has it taken away.
 */
class StaffMarking extends OncePerRequestFilter {

    private final StaffCookie cookie;

    StaffMarking(StaffCookie cookie) {
        this.cookie = cookie;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        var session = request.getSession(false);
        boolean owesCode = session != null && session.getAttribute(SessionGate.SECOND_FACTOR_PENDING) != null;
        if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken) && !owesCode) {
            cookie.renew(request, response);
        } else {
            cookie.remove(request, response);
        }
        chain.doFilter(request, response);
    }
}
