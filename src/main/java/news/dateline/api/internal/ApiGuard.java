package news.dateline.api.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import news.dateline.api.ApiCaller;
import news.dateline.api.ApiProblem;
import news.dateline.integrations.Integration;
import news.dateline.integrations.IntegrationKind;
import news.dateline.integrations.Integrations;
import org.jspecify.annotations.Nullable;

/**
 * Decides once per request who is calling the API and whether they may: the key or token (bearer header; on the
 * Content API also {@code ?key=}), the part of the API it opens, and its rate limit. The verdict is kept on the
 * request, so the page cache's gate, which asks first, and the security chain, which asks later, count one request
 * once.
 */
final class ApiGuard {

    private static final String VERDICT = ApiGuard.class.getName() + ".verdict";

    /** The request's verdict: open (no key needed), a caller, or a refusal. */
    record Verdict(@Nullable Integration integration, @Nullable ApiCaller caller, @Nullable ApiProblem problem) {

        static final Verdict OPEN = new Verdict(null, null, null);

        boolean open() {
            return integration == null && problem == null;
        }
    }

    private final Integrations integrations;
    private final ApiSettings settings;
    private final RateLimits limits;

    ApiGuard(Integrations integrations, ApiSettings settings, Clock clock) {
        this.integrations = integrations;
        this.settings = settings;
        this.limits = new RateLimits(clock);
    }

    Verdict check(HttpServletRequest request) {
        if (request.getAttribute(VERDICT) instanceof Verdict known) {
            return known;
        }
        Verdict verdict = decide(request);
        request.setAttribute(VERDICT, verdict);
        return verdict;
    }

    private Verdict decide(HttpServletRequest request) {
        String path = ApiPaths.path(request);
        if (ApiPaths.open(path)) {
            return Verdict.OPEN;
        }
        boolean admin = ApiPaths.admin(path);
        String token = token(request, admin);
        if (token == null) {
            return refused(ApiProblem.unauthorized(admin ? "Send an Admin API token: Authorization: Bearer dla_…"
                    : "Send an API key: Authorization: Bearer dlc_… (or ?key=dlc_…)"));
        }
        Optional<Integration> found = integrations.authenticate(token);
        if (found.isEmpty()) {
            return refused(ApiProblem.unauthorized("This key is unknown or has been revoked"));
        }
        Integration integration = found.get();
        if (admin && integration.kind() != IntegrationKind.ADMIN) {
            return refused(ApiProblem.forbidden("A Content API key cannot use the Admin API; use an Admin API token"));
        }
        Long wait = limits.take(integration.id(), perMinute(integration));
        if (wait != null) {
            return refused(ApiProblem.tooManyRequests(wait));
        }
        integrations.used(integration);
        return new Verdict(integration, new ApiCaller(integration.id(), integration.name(),
                integration.kind() == IntegrationKind.ADMIN ? integration.role() : null), null);
    }

    private int perMinute(Integration integration) {
        if (integration.requestsPerMinute() != null) {
            return integration.requestsPerMinute();
        }
        return integration.kind() == IntegrationKind.ADMIN ? settings.rateLimit().admin() : settings.rateLimit().content();
    }

    private static Verdict refused(ApiProblem problem) {
        return new Verdict(null, null, problem);
    }

    private static @Nullable String token(HttpServletRequest request, boolean admin) {
        String header = request.getHeader("Authorization");
        if (header != null) {
            String value = header.strip();
            if (value.length() > 7 && value.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
                return value.substring(7).strip();
            }
            return null;
        }
        if (admin) {
            return null;
        }
        String query = request.getQueryString();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("key=")) {
                return pair.substring(4);
            }
        }
        return null;
    }
}
