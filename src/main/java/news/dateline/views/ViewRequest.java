package news.dateline.views;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One request that may count as a view of an article: what the counter needs to tell readers apart
 * and to leave out what is not a person reading.
 *
 * @param method        the HTTP method ({@code HEAD} never counts)
 * @param clientAddress the reader's address (as resolved behind trusted proxies)
 * @param userAgent     the User-Agent header, may be null
 * @param purpose       the Sec-Purpose / Purpose / X-Purpose / X-Moz header, may be null: prefetch and
 *                      prerender requests never count
 * @param staff         whether the request carries a newsroom session
 * @param fetchSite     the Sec-Fetch-Site header, may be null: a beacon sent from another site's page
 *                      ({@code cross-site}) never counts
 */
public record ViewRequest(long articleId, String method, String clientAddress, @Nullable String userAgent,
                          @Nullable String purpose, boolean staff, @Nullable String fetchSite) {

    /** True when another site's page sent the request (a browser says so in Sec-Fetch-Site). */
    public boolean fromAnotherSite() {
        return "cross-site".equalsIgnoreCase(fetchSite);
    }

    /** True for speculative loads: the browser fetched the page, nobody has looked at it yet. */
    public boolean speculative() {
        if (purpose == null) {
            return false;
        }
        String p = purpose.toLowerCase(Locale.ROOT);
        return p.contains("prefetch") || p.contains("prerender") || p.contains("preview");
    }

    public boolean head() {
        return "HEAD".equalsIgnoreCase(method);
    }
}
