package news.dateline.api.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import news.dateline.api.ApiProblem;
import news.dateline.integrations.Integrations;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API's door, inside its security chain: answers CORS preflights (only for origins some live key allows), refuses
 * requests without a valid key (401), with a Content API key on the Admin API (403), over their key's rate limit
 * (429) or with too large a body (413) as problem+json, and gives a browser page the CORS headers its key allows.
 */
final class ApiKeyFilter extends OncePerRequestFilter {

    static final String CALLER = ApiKeyFilter.class.getName() + ".caller";
    private static final String ALLOWED_HEADERS = "Authorization, Content-Type, Accept, If-None-Match, If-Modified-Since";

    private final ApiGuard guard;
    private final ProblemResponses problems;
    private final Integrations integrations;
    private final ApiSettings settings;

    ApiKeyFilter(ApiGuard guard, ProblemResponses problems, Integrations integrations, ApiSettings settings) {
        this.guard = guard;
        this.problems = problems;
        this.integrations = integrations;
        this.settings = settings;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader("Origin");
        String path = ApiPaths.path(request);
        response.addHeader("Vary", "Origin");
        if (request.getMethod().equals("OPTIONS") && origin != null
                && request.getHeader("Access-Control-Request-Method") != null) {
            preflight(origin, path, response);
            return;
        }
        var verdict = guard.check(request);
        if (verdict.problem() != null) {
            problems.send(verdict.problem(), response);
            return;
        }
        if (verdict.integration() != null && origin != null && verdict.integration().allows(origin)) {
            response.setHeader("Access-Control-Allow-Origin", origin);
            response.setHeader("Access-Control-Expose-Headers", "ETag, Retry-After, Link, Location");
        }
        if (ApiPaths.admin(path)) {
            response.setHeader("Cache-Control", "no-store");
        }
        long limit = upload(request) ? settings.maxUpload().toBytes() : settings.maxJson().toBytes();
        long length = request.getContentLengthLong();
        if (length > limit) {
            problems.send(tooLarge(limit), response);
            return;
        }
        if (verdict.caller() != null) {
            request.setAttribute(CALLER, verdict.caller());
        }
        chain.doFilter(length < 0 ? new LimitedBody(request, limit, tooLarge(limit)) : request, response);
    }

    private void preflight(String origin, String path, HttpServletResponse response) throws IOException {
        if (ApiPaths.admin(path) || !integrations.anyAllows(origin)) {
            problems.send(ApiProblem.forbidden("No Content API key lets pages from " + origin + " call the API"),
                    response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        response.setHeader("Access-Control-Allow-Origin", origin);
        response.setHeader("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
        response.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
        response.setHeader("Access-Control-Max-Age", "600");
    }

    private static boolean upload(HttpServletRequest request) {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        return type.startsWith("multipart/") || type.startsWith("image/") || type.startsWith("application/octet-stream");
    }

    private static ApiProblem tooLarge(long limit) {
        return ApiProblem.tooLarge("The request body is larger than " + (limit / 1024) + " KB");
    }
}
