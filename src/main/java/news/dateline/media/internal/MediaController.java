package news.dateline.media.internal;

import java.util.concurrent.TimeUnit;
import news.dateline.media.MediaLibrary;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Serves renditions at {@code /media/<key>/<name>} from storage, with a year-long immutable cache: a name
 * never changes its bytes. Originals and masters are never served.
 */
@RestController
class MediaController {

    private final MediaLibrary library;

    MediaController(MediaLibrary library) {
        this.library = library;
    }

    @GetMapping("/media/{key:[0-9a-f]{18}}/{name:[0-9a-z.-]{5,40}}")
    ResponseEntity<byte[]> rendition(@PathVariable String key, @PathVariable String name) {
        var file = library.rendition(key, name)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such image."));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.length())
                .cacheControl(CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.bytes());
    }
}
