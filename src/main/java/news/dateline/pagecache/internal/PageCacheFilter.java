package news.dateline.pagecache.internal;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * In front of everything else: answers anonymous {@code GET}s of public pages from memory (or with 304), and keeps
 * what the application answers when the page was returned with its surrogate keys ({@link KeyedPageReturns}). Which
 * requests the cache may answer is decided in one place, {@link #cacheKey}, for this filter and
 * {@link PageCacheValve} alike: signed-in staff (a valid signed marker, see {@link PageRequests}) are never served
 * from, nor stored in, the cache, and their responses are marked {@code private, no-store}; everyone else, whatever
 * cookies or {@code Authorization} header they send, is a reader.
 */
class PageCacheFilter implements Filter {

    private final PageStore store;
    private final PageBuilder builder;
    private final PageResponses responses;
    private final PageBuilds builds;
    private final PageRequests requests;
    private final boolean enabled;

    PageCacheFilter(PageStore store, PageBuilder builder, PageResponses responses, PageBuilds builds,
                    PageRequests requests, boolean enabled) {
        this.builds = builds;
        this.requests = requests;
        this.enabled = enabled;
        this.store = store;
        this.builder = builder;
        this.responses = responses;
    }

    /**
     * The cache gate: the key under which the cache may answer this request and keep the answer, or null when the
     * request goes past the cache. Only a {@code GET} or {@code HEAD} of a public address that can be keyed safely,
     * from anyone but signed-in staff, passes; staff asking for a public address get an answer marked
     * {@code private, no-store}, so that no cache on the way keeps what they see.
     */
    @Nullable String cacheKey(HttpServletRequest request, HttpServletResponse response) {
        if (!enabled || !requests.cacheable(request)) {
            return null;
        }
        if (requests.staff(request)) {
            response.setHeader("Cache-Control", "private, no-store");
            return null;
        }
        return requests.address(request);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String address = cacheKey(request, response);
        if (address == null) {
            chain.doFilter(request, response);
            return;
        }
        CachedPage page = store.get(address);
        if (page != null) {
            responses.send(page, request, response, "HIT");
            return;
        }
        if (!request.getMethod().equals("GET")) {
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
            var captured = new PageCapture(response);
            chain.doFilter(request, captured);
            page = builder.build(address, captured);
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
}
