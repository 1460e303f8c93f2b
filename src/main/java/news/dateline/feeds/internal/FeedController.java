package news.dateline.feeds.internal;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.BiConsumer;
import news.dateline.feeds.FeedAddresses;
import news.dateline.pagecache.KeyedPage;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * RSS and Atom feeds of the whole site, each section and each person. Every response carries a weak ETag (a
 * digest of its bytes) and Last-Modified; Spring MVC answers a request naming either with 304 Not Modified
 * while nothing changed (the ETag is compared first when both are sent).
 */
@Controller
class FeedController {

    private static final String SLUG = news.dateline.platform.Slug.ROUTE;
    static final MediaType RSS = MediaType.parseMediaType(FeedAddresses.RSS_TYPE + ";charset=UTF-8");
    static final MediaType ATOM = MediaType.parseMediaType(FeedAddresses.ATOM_TYPE + ";charset=UTF-8");

    private final Feeds feeds;
    private final RssWriter rss;
    private final AtomWriter atom;

    FeedController(Feeds feeds, RssWriter rss, AtomWriter atom) {
        this.feeds = feeds;
        this.rss = rss;
        this.atom = atom;
    }

    @GetMapping("/feeds/rss.xml")
    KeyedPage<ResponseEntity<byte[]>> siteRss() {
        return feeds.site().map(edition -> answer(edition, rss::write, RSS));
    }

    @GetMapping("/feeds/atom.xml")
    KeyedPage<ResponseEntity<byte[]>> siteAtom() {
        return feeds.site().map(edition -> answer(edition, atom::write, ATOM));
    }

    @GetMapping("/feeds/sections/{slug:" + SLUG + "}/rss.xml")
    KeyedPage<ResponseEntity<byte[]>> sectionRss(@PathVariable String slug) {
        return feeds.section(slug).orElseThrow(() -> notFound("There is no section at this address."))
                .map(edition -> answer(edition, rss::write, RSS));
    }

    @GetMapping("/feeds/sections/{slug:" + SLUG + "}/atom.xml")
    KeyedPage<ResponseEntity<byte[]>> sectionAtom(@PathVariable String slug) {
        return feeds.section(slug).orElseThrow(() -> notFound("There is no section at this address."))
                .map(edition -> answer(edition, atom::write, ATOM));
    }

    @GetMapping("/feeds/people/{slug:" + SLUG + "}/rss.xml")
    KeyedPage<ResponseEntity<byte[]>> personRss(@PathVariable String slug) {
        return feeds.person(slug).orElseThrow(() -> notFound("There is nobody at this address."))
                .map(edition -> answer(edition, rss::write, RSS));
    }

    @GetMapping("/feeds/people/{slug:" + SLUG + "}/atom.xml")
    KeyedPage<ResponseEntity<byte[]>> personAtom(@PathVariable String slug) {
        return feeds.person(slug).orElseThrow(() -> notFound("There is nobody at this address."))
                .map(edition -> answer(edition, atom::write, ATOM));
    }

    private static ResponseEntity<byte[]> answer(Feeds.Edition edition, BiConsumer<Feed, ByteArrayOutputStream> writer,
                                                 MediaType type) {
        var out = new ByteArrayOutputStream(64 * 1024);
        writer.accept(edition.feed(), out);
        byte[] body = out.toByteArray();
        // weak: the same feed gzipped or not is the same content (and Tomcat compresses only weakly tagged responses)
        String etag = "W/\"" + digest(body) + "\"";
        Instant lastChange = edition.lastChange();
        var cache = CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic();
        var response = ResponseEntity.ok().contentType(type).eTag(etag).cacheControl(cache);
        if (lastChange != null) {
            response.lastModified(lastChange);
        }
        return response.body(body);
    }

    private static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ResponseStatusException notFound(String reason) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, reason);
    }
}
