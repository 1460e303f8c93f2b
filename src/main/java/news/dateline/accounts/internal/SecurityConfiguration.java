package news.dateline.accounts.internal;

import news.dateline.accounts.StaffCookie;
import news.dateline.platform.ContentSecurityPolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.savedrequest.CookieRequestCache;

/**
 * Two security chains. The newsroom ({@code /newsroom/**}): form sign-in (then a two-factor code for accounts
 * that use it), sessions in the database (created at sign-in, never before), every request of a signed-in user
 * checked against the account's standing ({@link SessionGate}), CSRF tokens on every state-changing request,
 * responses never cached. The public site: stateless,
 * no session is ever created for a reader, and its own cache headers are left alone.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    static final String LOGIN = "/newsroom/login";

    @Bean
    @Order(1)
    SecurityFilterChain newsroom(HttpSecurity http, SignInThrottle throttle, StaffCookie staff, AccountRepository accounts,
                                 @Value("${dateline.security.require-two-factor-for-admins:false}") boolean twoFactorForAdmins)
            throws Exception {
        var returnTo = new CookieRequestCache();
        var signedIn = new SavedRequestAwareAuthenticationSuccessHandler();
        signedIn.setDefaultTargetUrl("/newsroom");
        signedIn.setRequestCache(returnTo);
        http.securityMatcher("/newsroom", "/newsroom/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(LOGIN, "/newsroom/setup", "/newsroom/reset").permitAll()
                        .requestMatchers("/newsroom/accounts", "/newsroom/accounts/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage(LOGIN)
                        .loginProcessingUrl(LOGIN)
                        .successHandler(new SecondFactorStep(accounts, staff, signedIn))
                        .failureHandler(throttle)
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/newsroom/logout")
                        .addLogoutHandler((request, response, auth) -> staff.remove(request, response))
                        .logoutSuccessUrl(LOGIN + "?signed-out"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                // No server-side session before sign-in: the sign-in form's CSRF token and the address to return
                // to after signing in are kept in cookies, so anonymous visits store nothing.
                .csrf(csrf -> csrf.csrfTokenRepository(new SignInCsrfTokens()))
                .requestCache(cache -> cache.requestCache(returnTo))
                .exceptionHandling(errors -> errors.accessDeniedPage("/newsroom/forbidden"))
                .addFilterBefore(throttle.addressGate(), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new SessionGate(accounts::standing, twoFactorForAdmins), AuthorizationFilter.class)
                .addFilterAfter(new StaffMarking(staff), AuthorizationFilter.class)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(ContentSecurityPolicy.NEWSROOM)));
        return http.build();
    }

    /**
     * The public site: everything is open to everyone and nobody signs in here, so the chain is the request
     * firewall and the security headers only — no authorization, anonymous user, session, logout or request
     * wrapping on every page build.
     */
    @Bean
    @Order(2)
    SecurityFilterChain publicSite(HttpSecurity http) throws Exception {
        http.sessionManagement(session -> session.disable())
                .securityContext(context -> context.disable())
                .anonymous(anonymous -> anonymous.disable())
                .logout(logout -> logout.disable())
                .servletApi(api -> api.disable())
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.cacheControl(cache -> cache.disable())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(ContentSecurityPolicy.SITE)));
        return http.build();
    }
}
