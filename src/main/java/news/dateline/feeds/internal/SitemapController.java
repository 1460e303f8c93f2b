package news.dateline.feeds.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.function.Consumer;
import news.dateline.pagecache.KeyedPage;
import news.dateline.pagecache.PageKeys;
import news.dateline.platform.SiteSettings;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /robots.txt}, the sitemap index at {@code /sitemap.xml} and the sitemaps under {@code /sitemaps/}:
 * {@code pages.xml}, {@code people.xml}, {@code news.xml} and {@code articles-YYYY-MM[-N].xml}.
 */
@Controller
class SitemapController {

    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");
    private static final String CACHE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic().getHeaderValue();

    /** Sitemaps list stories (any change may add, drop or date one) at addresses that carry section slugs. */
    private static final PageKeys SITEMAP_KEYS = PageKeys.of(PageKeys.STORIES, PageKeys.SECTIONS);
    private static final PageKeys PEOPLE_SITEMAP_KEYS = PageKeys.of(PageKeys.PEOPLE, PageKeys.STORIES, PageKeys.SECTIONS);

    private final Sitemaps sitemaps;
    private final ArchiveMonths months;
    private final SiteSettings settings;

    SitemapController(Sitemaps sitemaps, ArchiveMonths months, SiteSettings settings) {
        this.sitemaps = sitemaps;
        this.months = months;
        this.settings = settings;
    }

    @GetMapping(value = "/robots.txt", produces = "text/plain;charset=UTF-8")
    KeyedPage<ResponseEntity<String>> robots() {
        String body = """
                User-agent: *
                Disallow: /newsroom
                Disallow: /newsroom/

                Sitemap: %s
                Sitemap: %s
                """.formatted(settings.absolute("/sitemap.xml"), settings.absolute("/sitemaps/news.xml"));
        return PageKeys.of(PageKeys.SITE).on(ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, CACHE).body(body));
    }

    @GetMapping("/sitemap.xml")
    KeyedPage<ResponseEntity<byte[]>> index() {
        return SITEMAP_KEYS.on(xml(sitemaps::index));
    }

    @GetMapping("/sitemaps/{file}")
    KeyedPage<ResponseEntity<byte[]>> sitemap(@PathVariable String file, HttpServletResponse response)
            throws IOException {
        return switch (file) {
            case "pages.xml" -> SITEMAP_KEYS.on(xml(sitemaps::pages));
            case "people.xml" -> PEOPLE_SITEMAP_KEYS.on(xml(sitemaps::people));
            case "news.xml" -> SITEMAP_KEYS.on(xml(sitemaps::news));
            default -> {
                var part = months.find(file).orElseThrow(() ->
                        new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such sitemap."));
                response.setContentType(XML.toString());
                response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE);
                sitemaps.articles(part, response.getOutputStream());
                yield SITEMAP_KEYS.on(null); // written above
            }
        };
    }

    private static ResponseEntity<byte[]> xml(Consumer<OutputStream> writer) {
        var out = new ByteArrayOutputStream(16 * 1024);
        writer.accept(out);
        return ResponseEntity.ok().contentType(XML).header(HttpHeaders.CACHE_CONTROL, CACHE).body(out.toByteArray());
    }
}
