package news.dateline.pagecache.internal;

import jakarta.servlet.http.HttpServletResponse;
import news.dateline.pagecache.PageKeys;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The answer to a request the page cache may keep, held back while the application writes it, together with the
 * surrogate keys the page was returned with ({@link KeyedPageReturns} finds this capture under the response wrappers
 * and hands it the keys). No keys: the answer is sent as it is and not kept.
 */
final class PageCapture extends ContentCachingResponseWrapper {

    private @Nullable PageKeys keys;

    PageCapture(HttpServletResponse response) {
        super(response);
    }

    void keys(PageKeys keys) {
        this.keys = keys;
    }

    @Nullable PageKeys keys() {
        return keys;
    }
}
