package news.dateline.pagecache.internal;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * The page cache's fast path, first in Tomcat's engine pipeline: a cached page is answered before the request
 * reaches the web application's valves, filters and servlet. Everything else (misses, staff, other methods and
 * addresses) goes on to {@link PageCacheFilter}, which applies the same rules and stores what may be kept.
 */
class PageCacheValve extends ValveBase {

    private final PageStore store;
    private final PageResponses responses;

    PageCacheValve(PageStore store, PageResponses responses) {
        super(true);
        this.store = store;
        this.responses = responses;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        if (PageCacheFilter.servable(request)) {
            CachedPage page = store.get(PageCacheFilter.address(request));
            if (page != null) {
                responses.send(page, request, response, "HIT");
                return;
            }
        }
        getNext().invoke(request, response);
    }
}
