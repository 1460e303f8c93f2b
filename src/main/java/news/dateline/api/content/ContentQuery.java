package news.dateline.api.content;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import news.dateline.api.ApiProblem;
import org.jspecify.annotations.Nullable;

/**
 * A Content API request's query parameters, read so that bytes that are not UTF-8 are a 400 problem: the servlet
 * container refuses such a query string as a whole when it is first read, before any controller could see it.
 */
record ContentQuery(Map<String, String[]> parameters) {

    static ContentQuery of(HttpServletRequest request) {
        try {
            return new ContentQuery(Map.copyOf(request.getParameterMap()));
        } catch (IllegalStateException e) { // Tomcat's InvalidParameterException
            throw ApiProblem.badRequest("The query string is not valid UTF-8 text");
        }
    }

    /** The parameter's first value, or null when absent. */
    @Nullable String get(String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }
}
