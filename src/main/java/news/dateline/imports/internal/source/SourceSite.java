package news.dateline.imports.internal.source;

import java.time.ZoneId;

/**
 * The exported site itself.
 *
 * @param platform {@code wordpress}, {@code ghost} or {@code feed}
 * @param version the exporter's version (WXR {@code 1.2}, Ghost {@code 5.130.6}, {@code rss 2.0}, {@code atom})
 * @param baseUrl the site's address without a trailing slash ({@code http://127.0.0.1:8081}); links and media URLs
 *                starting with it are the site's own
 * @param zone the site's time zone when the export says (WordPress: derived from the post dates' local/GMT pair or
 *             the feed; Ghost: the {@code timezone} setting), else UTC
 * @param permalinks WordPress's permalink structure as far as the export shows it ({@code /%year%/%monthnum%/%day%/%postname%/}),
 *                   Ghost {@code /%postname%/}, blank for a feed
 * @param language BCP 47 tag of the site's language, blank when unknown
 */
public record SourceSite(String sourceId, String platform, String version, String title, String baseUrl, ZoneId zone,
                         String permalinks, String language) implements SourceItem {
}
