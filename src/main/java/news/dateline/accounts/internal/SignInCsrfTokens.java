package news.dateline.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Where the newsroom's CSRF tokens are kept. Before sign-in (the sign-in and setup forms) there is no server-side
 * session: the token lives in an HttpOnly cookie scoped to {@code /newsroom}, so showing the sign-in page stores
 * nothing (every visit used to store a 12-hour session row). Once signed in, tokens live in the session as before.
 */
class SignInCsrfTokens implements CsrfTokenRepository {

    static final String COOKIE = "DATELINE_SIGN_IN_CSRF";

    private final HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();
    private final CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();

    SignInCsrfTokens() {
        cookie.setCookieName(COOKIE);
        cookie.setCookiePath("/newsroom");
        cookie.setHeaderName("X-CSRF-TOKEN");
        cookie.setCookieCustomizer(c -> c.httpOnly(true).sameSite("Strict"));
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return session.generateToken(request);
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) != null) {
            session.saveToken(token, request, response);
        } else {
            cookie.saveToken(token, request, response);
        }
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        return request.getSession(false) != null ? session.loadToken(request) : cookie.loadToken(request);
    }
}
