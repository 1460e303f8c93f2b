package news.dateline.pagecache.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Answers a request from a {@link CachedPage}: 304 when the reader already has it, otherwise its bytes in the best
 * coding the reader accepts (Brotli, gzip or none), always with {@code Content-Length}, a strong ETag,
 * {@code Last-Modified}, the CDN caching policy and the page's surrogate keys.
 */
@Component
class PageResponses {

    private final PageStore store;
    private final String cacheControl;

    PageResponses(PageStore store, PageCacheSettings settings) {
        this.store = store;
        this.cacheControl = settings.cacheControl();
    }

    void send(CachedPage page, HttpServletRequest request, HttpServletResponse response, String outcome) throws IOException {
        String coding = coding(request.getHeader("Accept-Encoding"));
        boolean hadCoding = coding == null || (coding.equals("gzip") ? page.hasGzip() : page.hasBrotli());
        CachedPage.Body body = page.body(coding);
        if (!hadCoding) {
            store.reweigh(page.path(), page);
        }
        for (CachedPage.Header header : page.headers()) {
            response.addHeader(header.name(), header.value());
        }
        response.setHeader("Cache-Control", cacheControl);
        response.setHeader("Vary", "Accept-Encoding");
        response.setHeader("ETag", body.etag());
        response.setHeader("Last-Modified", page.lastModifiedHeader());
        response.setHeader("Surrogate-Key", page.surrogateKeys());
        response.setHeader("Cache-Tag", page.cacheTags());
        response.setHeader("X-Cache", outcome);
        if (notModified(page, request)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType());
        if (body.coding() != null) {
            response.setHeader("Content-Encoding", body.coding());
        }
        response.setContentLength(body.bytes().length);
        if (!request.getMethod().equals("HEAD")) {
            response.getOutputStream().write(body.bytes());
        }
    }

    private static boolean notModified(CachedPage page, HttpServletRequest request) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            return page.matches(ifNoneMatch);
        }
        String ifModifiedSince = request.getHeader("If-Modified-Since");
        if (ifModifiedSince != null) {
            try {
                Instant since = Instant.from(PageBuilder.HTTP_DATE.parse(ifModifiedSince.trim()));
                return !page.lastModified().isAfter(since);
            } catch (java.time.DateTimeException ignored) {
                return false;
            }
        }
        return false;
    }

    /** Answers for the few distinct {@code Accept-Encoding} values browsers send ("" for identity). */
    private static final Map<String, String> CODINGS = new ConcurrentHashMap<>();
    private static final int KNOWN_CODINGS = 256;

    /** {@code br}, {@code gzip} or null (identity), from an {@code Accept-Encoding} header; parsed once per value. */
    static @Nullable String coding(@Nullable String acceptEncoding) {
        if (acceptEncoding == null || acceptEncoding.isEmpty()) {
            return null;
        }
        String known = CODINGS.get(acceptEncoding);
        if (known == null) {
            String parsed = parse(acceptEncoding);
            known = parsed == null ? "" : parsed;
            if (CODINGS.size() < KNOWN_CODINGS) {
                CODINGS.put(acceptEncoding, known);
            }
        }
        return known.isEmpty() ? null : known;
    }

    private static @Nullable String parse(String acceptEncoding) {
        boolean br = false;
        boolean gzip = false;
        boolean any = false;
        boolean brRefused = false;
        boolean gzipRefused = false;
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.split(";");
            String name = pieces[0].trim().toLowerCase(java.util.Locale.ROOT);
            boolean refused = false;
            for (int i = 1; i < pieces.length; i++) {
                String parameter = pieces[i].trim();
                if (parameter.startsWith("q=") || parameter.startsWith("Q=")) {
                    refused = zero(parameter.substring(2).trim());
                }
            }
            switch (name) {
                case "br" -> { br = !refused; brRefused = refused; }
                case "gzip", "x-gzip" -> { gzip = !refused; gzipRefused = refused; }
                case "*" -> any = !refused;
                default -> { }
            }
        }
        if ((br || (any && !brRefused)) && Brotli.available()) {
            return "br";
        }
        if (gzip || (any && !gzipRefused)) {
            return "gzip";
        }
        return null;
    }

    private static boolean zero(String q) {
        try {
            return Double.parseDouble(q) <= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
