package news.dateline.pagecache.internal;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The page cache and the HTTP caching headers of public pages ({@code dateline.cache.*}).
 *
 * @param enabled              whether public pages are kept in memory at all
 * @param maxSize              memory the cached pages may take (their bytes, compressed forms included)
 * @param maxPage              a larger response is served but not kept
 * @param timeToLive           a safety net: a cached page is built afresh at least this often
 * @param sharedMaxAge         {@code s-maxage}: how long a CDN may serve a page without asking again
 * @param staleWhileRevalidate {@code stale-while-revalidate}: how long a CDN may serve a page while fetching anew
 * @param staleIfError         {@code stale-if-error}: how long a CDN may serve a page when Dateline fails
 * @param purge                the CDN purge call made for every change, by surrogate key
 * @param writeBuffer          each connection's socket write buffer: a page that fits leaves in one write
 */
@ConfigurationProperties("dateline.cache")
record PageCacheSettings(Boolean enabled, DataSize maxSize, DataSize maxPage, Duration timeToLive, Duration sharedMaxAge,
                         Duration staleWhileRevalidate, Duration staleIfError, Purge purge,
                         DataSize writeBuffer) {

    PageCacheSettings {
        enabled = enabled == null || enabled;
        maxSize = maxSize == null ? DataSize.ofMegabytes(256) : maxSize;
        maxPage = maxPage == null ? DataSize.ofMegabytes(8) : maxPage;
        timeToLive = timeToLive == null ? Duration.ofHours(1) : timeToLive;
        sharedMaxAge = sharedMaxAge == null ? Duration.ofSeconds(60) : sharedMaxAge;
        staleWhileRevalidate = staleWhileRevalidate == null ? Duration.ofSeconds(30) : staleWhileRevalidate;
        staleIfError = staleIfError == null ? Duration.ofDays(1) : staleIfError;
        purge = purge == null ? new Purge(null, null, null) : purge;
        writeBuffer = writeBuffer == null ? DataSize.ofKilobytes(32) : writeBuffer;
    }

    /** The {@code Cache-Control} value of anonymous, cacheable pages. */
    String cacheControl() {
        return "public, max-age=0, s-maxage=" + sharedMaxAge.toSeconds()
                + ", stale-while-revalidate=" + staleWhileRevalidate.toSeconds()
                + ", stale-if-error=" + staleIfError.toSeconds();
    }

    /**
     * A CDN purge call: {@code POST url} with the surrogate keys both as a JSON body {@code {"tags":[...]}}
     * (Cloudflare's form) and as a space-separated {@code Surrogate-Key} header (Fastly's form).
     *
     * @param url     where to send it; no purge calls when unset
     * @param headers extra request headers, e.g. an API token
     * @param timeout how long one call may take
     */
    record Purge(@Nullable URI url, Map<String, String> headers, Duration timeout) {

        Purge {
            headers = headers == null ? Map.of() : Map.copyOf(headers);
            timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
        }

        boolean configured() {
            return url != null;
        }
    }
}
