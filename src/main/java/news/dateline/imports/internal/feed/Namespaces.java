package news.dateline.imports.internal.feed;

import org.jspecify.annotations.Nullable;

/** The usual prefixes of the namespaces exports use, whatever prefix a file declares. */
final class Namespaces {

    private Namespaces() {
    }

    static String prefixed(@Nullable String uri, String local) {
        String prefix = prefix(uri == null ? "" : uri);
        return prefix.isEmpty() ? local : prefix + ":" + local;
    }

    static String prefix(String uri) {
        if (uri.isEmpty()) {
            return "";
        }
        if (uri.startsWith("http://wordpress.org/export/")) {
            // WXR 1.0, 1.1 and 1.2 differ only in the version in their namespace addresses.
            return uri.endsWith("/excerpt/") ? "excerpt" : "wp";
        }
        return switch (uri) {
            case "http://purl.org/rss/1.0/modules/content/" -> "content";
            case "http://purl.org/dc/elements/1.1/" -> "dc";
            case "http://www.w3.org/2005/Atom" -> "atom";
            case "http://search.yahoo.com/mrss/" -> "media";
            case "http://purl.org/rss/1.0/modules/slash/" -> "slash";
            case "http://www.w3.org/1999/xhtml" -> "xhtml";
            default -> "{" + uri + "}";
        };
    }
}
