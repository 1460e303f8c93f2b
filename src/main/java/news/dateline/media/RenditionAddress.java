package news.dateline.media;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a rendition is served, {@code /media/<storageKey>/<name>}: what a story body keeps when a library image is
 * placed in it (the newsroom inserts {@code ![alt](/media/<key>/1024.jpg)}). Reading it back tells which library
 * image, and which shape of it, the body shows.
 */
public record RenditionAddress(String storageKey, RenditionName name) {

    private static final Pattern PATH = Pattern.compile("/media/([0-9a-f]{18})/([0-9a-z.-]{5,40})");

    /** The address in a site path such as {@code /media/0123456789abcdef01/1024.jpg} (a query is ignored). */
    public static Optional<RenditionAddress> parse(String path) {
        if (path == null) {
            return Optional.empty();
        }
        int query = path.indexOf('?');
        var m = PATH.matcher(query < 0 ? path : path.substring(0, query));
        if (!m.matches()) {
            return Optional.empty();
        }
        String key = m.group(1);
        return RenditionName.parse(m.group(2)).map(name -> new RenditionAddress(key, name));
    }
}
