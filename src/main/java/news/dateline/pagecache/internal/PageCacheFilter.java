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
 * what the application answers when the page named its surrogate keys. Signed-in staff (a valid signed marker, see
 * {@link PageRequests}) are never served from, nor stored in, the cache, and their responses are marked
 * {@code private, no-store}; everyone else, whatever cookies or {@code Authorization} header they send, is a reader.
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

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        boolean get = request.getMethod().equals("GET");
        if (!enabled || !requests.cacheable(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (requests.staff(request)) {
            response.setHeader("Cache-Control", "private, no-store");
            chain.doFilter(request, response);
            return;
        }
        String address = requests.address(request);
        if (address == null) {
            chain.doFilter(request, response);
            return;
        }
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

    /** The keys a page named while it was built (null: it is not to be cached). */
    @SuppressWarnings("unchecked")
    static Set<String> keysOf(HttpServletRequest request) {
        return (Set<String>) request.getAttribute(news.dateline.pagecache.PageKeys.ATTRIBUTE);
    }
}
