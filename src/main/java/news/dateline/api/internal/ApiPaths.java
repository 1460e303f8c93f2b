package news.dateline.api.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriUtils;

/** Which part of the API a request is for, read from its decoded path (so {@code /api/v1/%61dmin} is admin too). */
final class ApiPaths {

    static final String ROOT = "/api/";
    private static final String ADMIN = "/api/v1/admin";

    private ApiPaths() {
    }

    /** The decoded path, or null when it cannot be decoded. */
    static @Nullable String path(HttpServletRequest request) {
        String raw = request.getRequestURI();
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        try {
            return UriUtils.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean api(HttpServletRequest request) {
        String path = path(request);
        return path == null ? request.getRequestURI().startsWith(ROOT) : path.startsWith(ROOT);
    }

    static boolean admin(@Nullable String path) {
        return path == null || path.equals(ADMIN) || path.startsWith(ADMIN + "/");
    }

    /** The OpenAPI document and the readable reference are open to anyone. */
    static boolean open(@Nullable String path) {
        return path != null && (path.equals("/api/v1/openapi.json") || path.equals("/api/v1/docs")
                || path.startsWith("/api/v1/docs/"));
    }
}
