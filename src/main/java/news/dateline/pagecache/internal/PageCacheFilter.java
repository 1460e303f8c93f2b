package news.dateline.pagecache.internal;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * In front of everything else: answers anonymous {@code GET}s of public pages from memory (or with 304), and keeps
 * what the application answers when the page named its surrogate keys. Signed-in staff are never served from, nor
 * stored in, the cache, and their responses are marked {@code private, no-store}.
 */
class PageCacheFilter implements Filter {

    private static final String SESSION_COOKIE = "DATELINE_SESSION=";
    private static final String[] NEVER_CACHED = {"/newsroom", "/views/", "/media/", "/assets/", "/actuator", "/error"};

    private final PageStore store;
    private final PageBuilder builder;
    private final PageResponses responses;
    private final PageBuilds builds;
    private final boolean enabled;

    PageCacheFilter(PageStore store, PageBuilder builder, PageResponses responses, PageBuilds builds, boolean enabled) {
        this.builds = builds;
        this.enabled = enabled;
        this.store = store;
        this.builder = builder;
        this.responses = responses;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String method = request.getMethod();
        boolean get = method.equals("GET");
        if (!enabled || !(get || method.equals("HEAD")) || neverCached(request.getRequestURI())) {
            chain.doFilter(request, response);
            return;
        }
        if (signedIn(request)) {
            response.setHeader("Cache-Control", "private, no-store");
            chain.doFilter(request, response);
            return;
        }
        String address = address(request);
        CachedPage page = store.get(address);
        if (page != null) {
            responses.send(page, request, response, "HIT");
            return;
        }
        if (!get) {
            chain.doFilter(request, response);
            return;
        }
        var build = builds.lead(address);
        if (build == null) {
            page = builds.await(address);
            if (page != null) {
                responses.send(page, request, response, "HIT");
                return;
            }
        }
        try {
            long generation = store.generation();
            var captured = new ContentCachingResponseWrapper(response);
            chain.doFilter(request, captured);
            page = builder.build(address, request, captured);
            if (page == null) {
                captured.copyBodyToResponse();
                return;
            }
            CachedPage kept = store.put(address, page, generation) ? page : null;
            if (build != null) {
                builds.finish(address, build, kept);
            }
            response.reset();
            responses.send(page, request, response, "MISS");
        } finally {
            if (build != null) {
                builds.finish(address, build, null); // no-op when finished above
            }
        }
    }

    static String address(HttpServletRequest request) {
        String query = request.getQueryString();
        return query == null ? request.getRequestURI() : request.getRequestURI() + '?' + query;
    }

    /** Whether a cached page may answer this request: an anonymous GET or HEAD of a public address. */
    static boolean servable(HttpServletRequest request) {
        String method = request.getMethod();
        return (method.equals("GET") || method.equals("HEAD")) && !neverCached(request.getRequestURI())
                && !signedIn(request);
    }

    private static boolean neverCached(String path) {
        for (String prefix : NEVER_CACHED) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean signedIn(HttpServletRequest request) {
        String cookies = request.getHeader("Cookie");
        return (cookies != null && cookies.contains(SESSION_COOKIE)) || request.getHeader("Authorization") != null;
    }

    /** The keys a page named while it was built (null: it is not to be cached). */
    @SuppressWarnings("unchecked")
    static Set<String> keysOf(HttpServletRequest request) {
        return (Set<String>) request.getAttribute(news.dateline.pagecache.PageKeys.ATTRIBUTE);
    }
}
