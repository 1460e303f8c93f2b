package news.dateline.api.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import news.dateline.api.ApiProblem;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an {@link ApiProblem} as {@code application/problem+json} (RFC 9457): {@code type}, {@code title},
 * {@code status}, {@code detail}, {@code errors} (field → message, empty when none), with {@code Retry-After} for
 * 429 and 503 and {@code WWW-Authenticate} for 401. Never cached.
 */
final class ProblemResponses {

    static final String MEDIA_TYPE = "application/problem+json";

    private final JsonMapper json;

    ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    void send(ApiProblem problem, HttpServletResponse response) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(problem.status());
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        if (problem.retryAfterSeconds() != null) {
            response.setHeader("Retry-After", Long.toString(problem.retryAfterSeconds()));
        }
        if (problem.status() == 401) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"dateline\"");
        }
        response.getOutputStream().write(body(problem));
        response.flushBuffer();
    }

    byte[] body(ApiProblem problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", problem.title());
        body.put("status", problem.status());
        body.put("detail", problem.detail());
        body.put("errors", problem.errors());
        return json.writeValueAsBytes(body);
    }
}
