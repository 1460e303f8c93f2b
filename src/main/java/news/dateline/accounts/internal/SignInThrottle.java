package news.dateline.accounts.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows and then stops password guessing. Per account: after {@value #ACCOUNT_LIMIT} failures in a row the
 * account is locked for 15 minutes (stored in the database, so every node sees it). Per client address:
 * after {@value #ADDRESS_LIMIT} failures within 15 minutes the address may not try again until the window
 * ends. From the third failure on, each failed answer is delayed a little longer. Every failure is logged.
 */
@Component
class SignInThrottle implements AuthenticationFailureHandler {

    static final int ACCOUNT_LIMIT = 5;
    static final int ADDRESS_LIMIT = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    private record Failures(int count, Instant since) {
    }

    private final AccountRepository accounts;
    private final Clock clock;
    private final Duration delayStep;
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

    SignInThrottle(AccountRepository accounts, Clock clock,
                   @Value("${dateline.security.sign-in-delay:500ms}") Duration delayStep) {
        this.accounts = accounts;
        this.clock = clock;
        this.delayStep = delayStep;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getName()).strip().toLowerCase(java.util.Locale.ROOT);
        accounts.recordFailure(username, ACCOUNT_LIMIT, clock.instant().plus(WINDOW));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        // With two-factor sign-in the count goes on until the code is right too (see TwoFactor.secondStep).
        if (!accounts.standing(username).map(AccountRepository.Standing::twoFactor).orElse(false)) {
            accounts.recordSuccess(username);
        }
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        if (news.dateline.platform.DatabaseOutage.causedBy(exception)) {
            // not a wrong password: the newsroom answers 503 on the sign-in page (newsroom.web.OutageFilter)
            throw new org.springframework.dao.DataAccessResourceFailureException("Sign-in needs the database", exception);
        }
        String address = request.getRemoteAddr();
        Instant now = clock.instant();
        if (byAddress.size() > 10_000) {
            byAddress.values().removeIf(f -> f.since().plus(WINDOW).isBefore(now));
        }
        Failures failures = byAddress.compute(address, (a, f) ->
                f == null || f.since().plus(WINDOW).isBefore(now) ? new Failures(1, now) : new Failures(f.count() + 1, f.since()));
        log.warn("Failed newsroom sign-in for \"{}\" from {} ({}; {} failures from this address)",
                request.getParameter("username"), address, exception.getClass().getSimpleName(), failures.count());
        slowDown(failures.count());
        boolean locked = exception instanceof LockedException || failures.count() >= ADDRESS_LIMIT;
        response.sendRedirect(SecurityConfiguration.LOGIN + (locked ? "?locked" : "?error"));
    }

    /** Refuses sign-in attempts from an address that has failed too often, before any password is checked. */
    OncePerRequestFilter addressGate() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if ("POST".equals(request.getMethod()) && SecurityConfiguration.LOGIN.equals(request.getServletPath())
                        && blocked(request.getRemoteAddr())) {
                    log.warn("Refused a newsroom sign-in from {}: too many failures", request.getRemoteAddr());
                    response.sendRedirect(SecurityConfiguration.LOGIN + "?locked");
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

    boolean blocked(String address) {
        Failures failures = byAddress.get(address);
        return failures != null && failures.count() >= ADDRESS_LIMIT && failures.since().plus(WINDOW).isAfter(clock.instant());
    }

    private void slowDown(int failures) {
        if (failures < 3 || delayStep.isZero()) {
            return;
        }
        try {
            Thread.sleep(delayStep.multipliedBy(Math.min(failures - 2, 8)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
