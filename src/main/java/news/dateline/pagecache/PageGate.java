package news.dateline.pagecache;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A module's say over which requests the page cache may answer or keep, declared as a bean: a request any gate
 * refuses goes past the cache to the application (which then decides, e.g. answers 401). The API's gate lets only
 * requests with a valid key be answered from the cache. Asked for every cacheable request, before the application
 * is entered, so it must be cheap.
 */
@FunctionalInterface
public interface PageGate {

    boolean admits(HttpServletRequest request);
}
