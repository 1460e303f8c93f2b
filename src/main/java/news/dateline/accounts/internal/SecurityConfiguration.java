package news.dateline.accounts.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Two security chains. The newsroom ({@code /newsroom/**}): form sign-in (then a two-factor code for accounts
 * that use it), sessions in the database, every request of a signed-in user checked against the account's
 * standing ({@link SessionGate}), CSRF tokens on every state-changing request, responses never cached. The public site: stateless,
 * no session is ever created for a reader, and its own cache headers are left alone.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    static final String LOGIN = "/newsroom/login";

    @Bean
    @Order(1)
    SecurityFilterChain newsroom(HttpSecurity http, SignInThrottle throttle, AccountRepository accounts,
                                 @Value("${dateline.security.require-two-factor-for-admins:false}") boolean twoFactorForAdmins)
            throws Exception {
        http.securityMatcher("/newsroom", "/newsroom/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(LOGIN, "/newsroom/setup", "/newsroom/reset").permitAll()
                        .requestMatchers("/newsroom/accounts", "/newsroom/accounts/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage(LOGIN)
                        .loginProcessingUrl(LOGIN)
                        .successHandler(new SecondFactorStep(accounts))
                        .failureHandler(throttle)
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/newsroom/logout")
                        .logoutSuccessUrl(LOGIN + "?signed-out"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .exceptionHandling(errors -> errors.accessDeniedPage("/newsroom/forbidden"))
                .addFilterBefore(throttle.addressGate(), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new SessionGate(accounts::standing, twoFactorForAdmins), AuthorizationFilter.class)
                .headers(Customizer.withDefaults());
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
                .headers(headers -> headers.cacheControl(cache -> cache.disable()));
        return http.build();
    }
}
