package news.dateline.views.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import news.dateline.accounts.SignedInSessions;
import news.dateline.views.ArticleViews;
import news.dateline.views.ViewCount;
import news.dateline.views.ViewRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The view beacon. Article pages send {@code POST /views/<id>} once the page is visible to a person
 * (never while prerendered or hidden), and answer with the count to show; without JavaScript, a
 * {@code <noscript>} image asks for {@code /views/<id>/pixel.gif}. Neither answer may be cached, so
 * counting works however the page itself was served (Dateline's cache, a CDN, a browser's cache).
 */
@RestController
class BeaconController {

    private static final byte[] PIXEL = Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");
    private static final String ID = "{id:[0-9]{1,18}}";

    /** The answer to a beacon: whether it counted and the count the page should show. */
    record Counted(boolean counted, long views, String label) {
    }

    private final ArticleViews views;
    private final SignedInSessions sessions;

    BeaconController(ArticleViews views, SignedInSessions sessions) {
        this.views = views;
        this.sessions = sessions;
    }

    @PostMapping(path = "/views/" + ID, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> beacon(@PathVariable long id, HttpServletRequest request) {
        return views.count(viewOf(id, request))
                .<ResponseEntity<Object>>map(count -> uncached(ResponseEntity.ok())
                        .body(new Counted(count.counted(), count.total(), count.label())))
                .orElseGet(() -> uncached(ResponseEntity.status(404))
                        .body(Map.of("error", "There is no published story with that number.")));
    }

    @GetMapping("/views/" + ID + "/pixel.gif")
    ResponseEntity<byte[]> pixel(@PathVariable long id, HttpServletRequest request) {
        ViewCount count = views.count(viewOf(id, request)).orElse(null);
        return uncached(ResponseEntity.status(count == null ? 404 : 200))
                .contentType(MediaType.IMAGE_GIF)
                .body(PIXEL);
    }

    private ViewRequest viewOf(long id, HttpServletRequest request) {
        String purpose = Stream.of("Sec-Purpose", "Purpose", "X-Purpose", "X-Moz")
                .map(request::getHeader).filter(Objects::nonNull).collect(Collectors.joining(" "));
        return new ViewRequest(id, request.getMethod(), request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT),
                purpose.isEmpty() ? null : purpose, sessions.carriedBy(request), request.getHeader("Sec-Fetch-Site"));
    }

    private static ResponseEntity.BodyBuilder uncached(ResponseEntity.BodyBuilder builder) {
        return builder.cacheControl(CacheControl.noStore()).header("X-Robots-Tag", "noindex");
    }
}
