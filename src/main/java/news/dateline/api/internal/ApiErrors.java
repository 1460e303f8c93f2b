package news.dateline.api.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.NoSuchElementException;
import news.dateline.accounts.AccountException;
import news.dateline.accounts.NotPermittedException;
import news.dateline.api.ApiProblem;
import news.dateline.articles.ArticleException;
import news.dateline.articles.EditConflictException;
import news.dateline.integrations.IntegrationException;
import news.dateline.platform.DatabaseOutage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every exception on an {@code /api/} request, whichever controller (or none) raised it, answered as problem+json
 * before the site's HTML error pages see it: the request's faults as 4xx naming the field, an unexpected failure as a
 * bare 500 (logged, no internals), the database away as 503 with {@code Retry-After}.
 */
final class ApiErrors implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private final ProblemResponses problems;

    ApiErrors(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
                                                   @Nullable Object handler, Exception e) {
        if (!ApiPaths.api(request)) {
            return null;
        }
        if (e instanceof AsyncRequestNotUsableException) {
            return new ModelAndView();
        }
        ApiProblem problem = problem(e, request);
        if (e instanceof HttpRequestMethodNotSupportedException refused && refused.getSupportedMethods() != null) {
            response.setHeader("Allow", String.join(", ", refused.getSupportedMethods()));
        }
        try {
            problems.send(problem, response);
        } catch (IOException written) {
            log.debug("Could not write a problem for {}: {}", request.getRequestURI(), written.toString());
        }
        return new ModelAndView();
    }

    static ApiProblem problem(Exception e, HttpServletRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiProblem problem) {
                return problem;
            }
        }
        return switch (e) {
            case HttpMessageNotReadableException unreadable -> unreadable(unreadable);
            case MethodArgumentTypeMismatchException mismatch -> ApiProblem.invalid(mismatch.getName(),
                    "Not a valid " + typeName(mismatch.getRequiredType()));
            case TypeMismatchException mismatch -> ApiProblem.invalid(
                    mismatch.getPropertyName() == null ? "parameter" : mismatch.getPropertyName(),
                    "Not a valid " + typeName(mismatch.getRequiredType()));
            case MissingServletRequestParameterException missing -> ApiProblem.invalid(missing.getParameterName(),
                    "Required");
            case HttpMediaTypeNotSupportedException unsupported -> new ApiProblem(415, "Unsupported media type",
                    "Send " + unsupported.getSupportedMediaTypes(), Map.of(), null);
            case HttpMediaTypeNotAcceptableException notAcceptable -> new ApiProblem(406, "Not acceptable",
                    "This address answers " + notAcceptable.getSupportedMediaTypes(), Map.of(), null);
            case NoResourceFoundException none -> ApiProblem.notFound("No such API address");
            case NoHandlerFoundException none -> ApiProblem.notFound("No such API address");
            case HttpRequestMethodNotSupportedException method -> new ApiProblem(405, "Method not allowed",
                    method.getMethod() + " is not allowed here", Map.of(), null);
            case MaxUploadSizeExceededException tooLarge -> ApiProblem.tooLarge("The upload is too large");
            case NoSuchElementException missing -> ApiProblem.notFound(message(missing, "No such thing"));
            case EditConflictException conflict -> ApiProblem.conflict(conflict.getMessage());
            case ArticleException invalid -> ApiProblem.invalid(invalid.field(), invalid.getMessage());
            case IntegrationException invalid -> ApiProblem.invalid(invalid.field(), invalid.getMessage());
            case AccountException invalid -> ApiProblem.invalid(invalid.field(), invalid.getMessage());
            case NotPermittedException refused -> ApiProblem.forbidden(refused.getMessage());
            case DataAccessResourceFailureException d -> unavailable(e, request);
            case TransientDataAccessResourceException d -> unavailable(e, request);
            case RecoverableDataAccessException d -> unavailable(e, request);
            case QueryTimeoutException d -> unavailable(e, request);
            case CannotCreateTransactionException d -> unavailable(e, request);
            case ErrorResponse refused when refused.getStatusCode().is4xxClientError() -> new ApiProblem(
                    refused.getStatusCode().value(), "Refused", message(e, "The request was refused"), Map.of(), null);
            default -> unexpected(e, request);
        };
    }

    private static ApiProblem unreadable(HttpMessageNotReadableException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnrecognizedPropertyException unknown) {
                return ApiProblem.invalid(field(unknown), "Unknown field");
            }
            if (cause instanceof MismatchedInputException mismatch) {
                return ApiProblem.invalid(field(mismatch), "Not a valid " + typeName(mismatch.getTargetType()));
            }
            if (cause instanceof StreamReadException) {
                return ApiProblem.badRequest("The request body is not valid JSON");
            }
        }
        return ApiProblem.badRequest("The request body could not be read");
    }

    /** The JSON path of the field at fault: {@code byline}, {@code body[2].text}. */
    private static String field(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String typeName(@Nullable Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "value (one of " + java.util.Arrays.toString(type.getEnumConstants()) + ")";
        }
        if (type == java.time.Instant.class) {
            return "instant such as 2025-05-08T09:30:00Z";
        }
        if (type == String.class) {
            return "string";
        }
        return "value";
    }

    private static String message(Throwable e, String otherwise) {
        return e.getMessage() == null || e.getMessage().isBlank() ? otherwise : e.getMessage();
    }

    private static ApiProblem unavailable(Exception e, HttpServletRequest request) {
        log.warn("Database unavailable: answered {} {} with 503 ({})", request.getMethod(), request.getRequestURI(),
                e.toString());
        return new ApiProblem(503, "Service unavailable", "The database is unavailable; try again in a minute",
                Map.of(), (long) DatabaseOutage.RETRY_AFTER_SECONDS);
    }

    private static ApiProblem unexpected(Exception e, HttpServletRequest request) {
        if (e instanceof IllegalArgumentException invalid) {
            return ApiProblem.badRequest(message(invalid, "The request is not valid"));
        }
        log.error("API request {} {} failed", request.getMethod(), request.getRequestURI(), e);
        return new ApiProblem(500, "Internal server error", "Something went wrong on our side; it has been logged",
                Map.of(), null);
    }
}
