package news.dateline.pagecache.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.dateline.accounts.StaffCookie;
import news.dateline.pagecache.PageGate;
import news.dateline.pagecache.PageParameters;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * What the page cache's gate ({@link PageCacheFilter#cacheKey}) asks of a request: its method and address, who sends
 * it, and its cache key. Only signed-in staff bypass it, told apart by the
 * signed {@link StaffCookie} (an HMAC check, never a database lookup): a made-up session cookie or an
 * {@code Authorization} header is an anonymous reader like any other. The key is the decoded path plus only the
 * query parameters the page declared ({@link PageParameters}), in a fixed order; any other parameter is left out.
 */
@Component
class PageRequests {

    private static final String[] NEVER_CACHED = {"/newsroom", "/views/", "/media/", "/assets/", "/actuator", "/error"};
    private static final Comparator<String[]> BY_NAME = Comparator.comparing(parameter -> parameter[0]);

    private final StaffCookie staff;
    private final Map<String, Set<String>> parameters = new HashMap<>();
    private final List<PageGate> gates;

    PageRequests(StaffCookie staff, ObjectProvider<PageParameters> declared, ObjectProvider<PageGate> gates) {
        this.staff = staff;
        this.gates = gates.orderedStream().toList();
        declared.orderedStream().forEach(page -> parameters.merge(page.path(), Set.copyOf(page.names()), (a, b) -> {
            var both = new java.util.HashSet<>(a);
            both.addAll(b);
            return Set.copyOf(both);
        }));
    }

    /** Whether the request is a GET or HEAD of a public address (who sends it aside) that every {@link PageGate} admits. */
    boolean cacheable(HttpServletRequest request) {
        String method = request.getMethod();
        if (!(method.equals("GET") || method.equals("HEAD"))) {
            return false;
        }
        String path = decodedPath(request.getRequestURI());
        if (path == null || neverCached(path)) {
            return false;
        }
        for (PageGate gate : gates) {
            if (!gate.admits(request)) {
                return false;
            }
        }
        return true;
    }

    /** Signed-in newsroom staff, proven by a valid signed marker cookie. */
    boolean staff(HttpServletRequest request) {
        return staff.carriedBy(request);
    }

    /** The cache key of this request, or null when it cannot be keyed safely (then it is neither served nor kept). */
    @Nullable String address(HttpServletRequest request) {
        String path = decodedPath(request.getRequestURI());
        String query = request.getQueryString();
        if (path == null || query == null || query.isEmpty()) {
            return path;
        }
        Set<String> used = parameters.get(path);
        if (used == null) {
            return path;
        }
        List<String[]> kept = new ArrayList<>();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = decodedName(equals < 0 ? pair : pair.substring(0, equals));
            if (name != null && used.contains(name)) {
                kept.add(new String[] {name, equals < 0 ? name : name + pair.substring(equals)});
            }
        }
        if (kept.isEmpty()) {
            return path;
        }
        kept.sort(BY_NAME); // stable: several values of one parameter keep their order
        StringBuilder key = new StringBuilder(path).append('?');
        for (int i = 0; i < kept.size(); i++) {
            key.append(i == 0 ? "" : "&").append(kept.get(i)[1]);
        }
        return key.toString();
    }

    static boolean neverCached(String path) {
        for (String prefix : NEVER_CACHED) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** The path as the application sees it, so that {@code /%77orld} and {@code /world} share one entry. */
    private static String decodedPath(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        try {
            String decoded = UriUtils.decode(path, StandardCharsets.UTF_8);
            return decoded.indexOf('?') < 0 && decoded.indexOf('\uFFFD') < 0 ? decoded : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A parameter name decoded as the servlet container decodes it (null when it cannot be decoded). */
    private static String decodedName(String raw) {
        if (raw.indexOf('%') < 0 && raw.indexOf('+') < 0) {
            return raw;
        }
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
