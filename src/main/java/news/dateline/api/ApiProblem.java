package news.dateline.api;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A refused API request, answered as {@code application/problem+json} (RFC 9457): the status, a short title, what
 * went wrong, and per-field errors ({@code errors}: field name → message) for request bodies. Throw it from any
 * API controller or the code it calls; nothing is half-written because every change runs in one transaction.
 *
 * @param retryAfterSeconds for 429 and 503: the {@code Retry-After} header, else null
 */
public final class ApiProblem extends RuntimeException {

    private final int status;
    private final String title;
    private final Map<String, String> errors;
    private final @Nullable Long retryAfterSeconds;

    public ApiProblem(int status, String title, String detail, Map<String, String> errors,
                      @Nullable Long retryAfterSeconds) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.errors = Map.copyOf(errors);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static ApiProblem badRequest(String detail) {
        return new ApiProblem(400, "Bad request", detail, Map.of(), null);
    }

    /** A request body with errors in named fields (422 would also do; 400 is what the OpenAPI document names). */
    public static ApiProblem invalid(Map<String, String> errors) {
        return new ApiProblem(400, "Invalid request", "The request has errors in " + errors.size()
                + (errors.size() == 1 ? " field" : " fields"), errors, null);
    }

    public static ApiProblem invalid(String field, String message) {
        return invalid(Map.of(field, message));
    }

    public static ApiProblem unauthorized(String detail) {
        return new ApiProblem(401, "Unauthorized", detail, Map.of(), null);
    }

    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(403, "Forbidden", detail, Map.of(), null);
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(404, "Not found", detail, Map.of(), null);
    }

    /** A stale version (optimistic locking) or a state that does not allow the move. */
    public static ApiProblem conflict(String detail) {
        return new ApiProblem(409, "Conflict", detail, Map.of(), null);
    }

    public static ApiProblem tooLarge(String detail) {
        return new ApiProblem(413, "Content too large", detail, Map.of(), null);
    }

    public static ApiProblem tooManyRequests(long retryAfterSeconds) {
        return new ApiProblem(429, "Too many requests", "This key has made too many requests; try again in "
                + retryAfterSeconds + " s", Map.of(), retryAfterSeconds);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public Map<String, String> errors() {
        return errors;
    }

    public @Nullable Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
