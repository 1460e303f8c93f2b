package news.dateline.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import news.dateline.accounts.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** What every signed-in newsroom request is checked against: the account's standing and its sign-in steps. */
class SessionGateTest {

    private final Map<String, AccountRepository.Standing> standings = Map.of(
            "ada", new AccountRepository.Standing(true, Role.ADMIN, false),
            "bob", new AccountRepository.Standing(false, Role.REPORTER, false),
            "cy", new AccountRepository.Standing(true, Role.ADMIN, true),
            "di", new AccountRepository.Standing(true, Role.EDITOR, false));

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private MockHttpServletResponse request(String user, String path, MockHttpSession session, boolean requireForAdmins)
            throws Exception {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                AuthorityUtils.createAuthorityList("ROLE_X")));
        var request = new MockHttpServletRequest("GET", path);
        request.setServletPath(path);
        request.setSession(session);
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();
        new SessionGate(name -> Optional.ofNullable(standings.get(name)), requireForAdmins).doFilter(request, response, chain);
        if (chain.getRequest() != null) {
            response.setHeader("X-Passed", "yes");
        }
        return response;
    }

    @Test
    void aDeactivatedOrDeletedAccountIsSignedOutOnItsNextRequest() throws Exception {
        for (String user : new String[] {"bob", "nobody"}) {
            var session = new MockHttpSession();
            var response = request(user, "/newsroom/analytics/views.csv", session, false);
            assertThat(response.getRedirectedUrl()).isEqualTo("/newsroom/login?inactive");
            assertThat(response.getHeader("X-Passed")).isNull();
            assertThat(session.isInvalid()).isTrue();
            assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        }
        assertThat(request("di", "/newsroom/analytics/views.csv", new MockHttpSession(), false).getHeader("X-Passed")).isEqualTo("yes");
    }

    @Test
    void aSessionOwingItsCodeReachesOnlyTheCodePage() throws Exception {
        var session = new MockHttpSession();
        session.setAttribute(SessionGate.SECOND_FACTOR_PENDING, Boolean.TRUE);
        assertThat(request("cy", "/newsroom", session, false).getRedirectedUrl()).isEqualTo("/newsroom/login/code");
        assertThat(request("cy", "/newsroom/login/code", session, false).getHeader("X-Passed")).isEqualTo("yes");
        SecondFactorStep.completed(session);
        assertThat(request("cy", "/newsroom", session, false).getHeader("X-Passed")).isEqualTo("yes");
    }

    @Test
    void whereTheSiteRequiresItAnAdminWithoutTwoFactorMustEnrolFirst() throws Exception {
        assertThat(request("ada", "/newsroom/accounts", new MockHttpSession(), true).getRedirectedUrl())
                .isEqualTo("/newsroom/account/two-factor");
        assertThat(request("ada", "/newsroom/account/two-factor", new MockHttpSession(), true).getHeader("X-Passed")).isEqualTo("yes");
        assertThat(request("ada", "/newsroom/accounts", new MockHttpSession(), false).getHeader("X-Passed")).isEqualTo("yes");
        assertThat(request("cy", "/newsroom/accounts", new MockHttpSession(), true).getHeader("X-Passed")).isEqualTo("yes");
        assertThat(request("di", "/newsroom", new MockHttpSession(), true).getHeader("X-Passed")).isEqualTo("yes");
    }
}
