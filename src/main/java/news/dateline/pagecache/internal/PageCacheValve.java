package news.dateline.pagecache.internal;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * The page cache's fast path, first in Tomcat's engine pipeline: a cached page is answered before the request
 * reaches the web application's valves, filters and servlet. Which requests it may answer is the filter's one gate
 * ({@link PageCacheFilter#cacheKey}); everything else (misses, staff, other methods and addresses) goes on to the
 * {@link PageCacheFilter}, which stores what may be kept.
 */
class PageCacheValve extends ValveBase {

    private final PageStore store;
    private final PageResponses responses;
    private final PageCacheFilter gate;

    PageCacheValve(PageStore store, PageResponses responses, PageCacheFilter gate) {
        super(true);
        this.store = store;
        this.responses = responses;
        this.gate = gate;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        String address = gate.cacheKey(request, response);
        if (address != null) {
            CachedPage page = store.get(address);
            if (page != null) {
                responses.send(page, request, response, "HIT");
                return;
            }
        }
        getNext().invoke(request, response);
    }
}
