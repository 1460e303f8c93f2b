package news.dateline.api.internal;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicInteger;
import news.dateline.accounts.Role;
import news.dateline.api.ApiCaller;
import news.dateline.articles.ArticleException;
import news.dateline.pagecache.KeyedPage;
import news.dateline.pagecache.PageKeys;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * API endpoints that exist only in tests (under {@code /api/v1/test-only} and {@code /api/v1/admin/test-only}), to
 * exercise the API's door, errors and caching before the real Content and Admin APIs exist. Not in the OpenAPI
 * document on purpose. A {@link KeyedPage} is returned from a {@code @Controller} method without {@code @ResponseBody}
 * (a {@code @RestController} would write the KeyedPage itself as JSON).
 */
@Controller
class TestOnlyEndpoints {

    static final AtomicInteger BUILDS = new AtomicInteger();

    record Echo(String headline, int priority, Instant at, List<String> tags) {
    }

    /** A cacheable Content API answer, kept by the page cache like the Content API's. */
    @GetMapping("/api/v1/test-only/cached")
    KeyedPage<ResponseEntity<String>> cached(ApiCaller caller) {
        int build = BUILDS.incrementAndGet();
        return PageKeys.of(PageKeys.SITE).on(ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=0, s-maxage=60")
                .body("{\"build\":" + build + "}"));
    }

    @GetMapping("/api/v1/test-only/number")
    @ResponseBody
    int number(ApiCaller caller, @RequestParam int n) {
        return n * 2;
    }

    @GetMapping("/api/v1/test-only/missing")
    @ResponseBody
    String missing(ApiCaller caller) {
        throw new NoSuchElementException("No such story");
    }

    @GetMapping("/api/v1/test-only/boom")
    @ResponseBody
    String boom(ApiCaller caller) {
        throw new IllegalStateException("secret internals at /var/lib/dateline");
    }

    @PostMapping(value = "/api/v1/admin/test-only/echo", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Echo echo(ApiCaller caller, @RequestBody Echo echo) {
        caller.require(Role.EDITOR);
        if (echo.headline() == null || echo.headline().isBlank()) {
            throw new ArticleException("headline", "Give the story a headline");
        }
        return echo;
    }
}
