package news.dateline.pagecache.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import news.dateline.pagecache.PageKeys;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Turns what the application answered into a {@link CachedPage}, when the answer may be cached. */
@Component
class PageBuilder {

    static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    /** Headers the cache sets itself, or that must never be replayed to another reader. */
    private static final Set<String> NOT_KEPT = Set.of("set-cookie", "cache-control", "pragma", "expires",
            "content-length", "content-type", "transfer-encoding", "date", "etag", "last-modified", "vary",
            "content-encoding", "connection", "keep-alive", "surrogate-key", "cache-tag", "x-cache");

    private final PageCacheSettings settings;
    private final Clock clock;

    PageBuilder(PageCacheSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** The page to keep, or null when the answer is not to be cached (not a 200, no keys, a cookie, too big). */
    @Nullable CachedPage build(String address, PageCapture response) {
        PageKeys keys = response.keys();
        if (!settings.enabled() || keys == null || keys.isEmpty() || response.getStatus() != 200
                || response.getContentType() == null || !response.getHeaders("Set-Cookie").isEmpty()
                || response.getContentSize() > settings.maxPage().toBytes()) {
            return null;
        }
        String cacheControl = response.getHeader("Cache-Control");
        if (cacheControl != null && (cacheControl.contains("private") || cacheControl.contains("no-store"))) {
            return null;
        }
        Instant modified = lastModified(response.getHeader("Last-Modified"));
        List<CachedPage.Header> headers = new ArrayList<>();
        for (String name : response.getHeaderNames()) {
            if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
                response.getHeaders(name).forEach(value -> headers.add(new CachedPage.Header(name, value)));
            }
        }
        return new CachedPage(address, response.getContentType(), response.getContentAsByteArray(), modified,
                HTTP_DATE.format(modified), headers, keys.names());
    }

    private Instant lastModified(@Nullable String header) {
        if (header != null) {
            try {
                return Instant.from(HTTP_DATE.parse(header));
            } catch (DateTimeParseException ignored) {
                // fall through to the time it was built
            }
        }
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
