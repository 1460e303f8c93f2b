package news.dateline.newsroom.web.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an uploaded file must be for its platform, judged by its first bytes (never by its name alone): each check
 * returns the sentence the admin reads, or null when the file will do.
 */
final class ExportFiles {

    static final Set<String> PLATFORMS = Set.of("wordpress", "ghost", "feed");
    private static final int HEAD = 4096;

    private ExportFiles() {
    }

    /** The platform's name as the screen shows it. */
    static String label(String platform) {
        return switch (platform) {
            case "wordpress" -> "WordPress";
            case "ghost" -> "Ghost";
            case "feed" -> "RSS/Atom feed";
            default -> platform;
        };
    }

    static @Nullable String checkExport(String platform, String fileName, InputStream content) throws IOException {
        byte[] head = content.readNBytes(HEAD);
        if (head.length == 0) {
            return "The export file " + quoted(fileName) + "is empty.";
        }
        String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        String lower = text.toLowerCase(Locale.ROOT);
        return switch (platform) {
            case "wordpress" -> lower.startsWith("<") && lower.contains("<rss") && lower.contains("wordpress.org/export")
                    ? null
                    : quoted(fileName) + "is not a WordPress export: choose the .xml file from Tools > Export in WordPress.";
            case "ghost" -> text.startsWith("{")
                    ? null
                    : quoted(fileName) + "is not a Ghost export: choose the .json file from Settings > Labs > Export in Ghost.";
            case "feed" -> lower.startsWith("<") && (lower.contains("<rss") || lower.contains("<feed"))
                    ? null
                    : quoted(fileName) + "is not an RSS or Atom feed.";
            default -> "Choose WordPress, Ghost or a feed.";
        };
    }

    /** A media archive: tar or gzip-compressed tar; a zip is refused with what to do instead. */
    static @Nullable String checkMedia(String fileName, InputStream content) throws IOException {
        byte[] head = content.readNBytes(512);
        if (head.length == 0) {
            return "The media archive " + quoted(fileName) + "is empty.";
        }
        if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return null;
        }
        if (head.length >= 262 && Arrays.equals(Arrays.copyOfRange(head, 257, 262),
                "ustar".getBytes(StandardCharsets.US_ASCII))) {
            return null;
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K') {
            return quoted(fileName) + "is a zip archive, which the importer does not read: pack the uploads folder as "
                    + ".tar.gz (tar -czf uploads.tar.gz wp-content/uploads) and upload that.";
        }
        return quoted(fileName) + "is not a .tar or .tar.gz archive.";
    }

    /** The name a checked media archive is kept under: {@code media.tar.gz} or {@code media.tar}, by its first bytes. */
    static String mediaName(InputStream content) throws IOException {
        try (content) {
            byte[] head = content.readNBytes(2);
            return head.length == 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b ? "media.tar.gz" : "media.tar";
        }
    }

    /** The old site's address: blank, or an http(s) address with a host. */
    static @Nullable String checkSiteUrl(String platform, String siteUrl) {
        if (siteUrl.isBlank()) {
            return "ghost".equals(platform)
                    ? "Give the old site's address (such as https://news.example.org): a Ghost export does not contain it."
                    : null;
        }
        try {
            var uri = java.net.URI.create(siteUrl.strip());
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && siteUrl.length() <= 300) {
                return null;
            }
        } catch (IllegalArgumentException e) {
            // falls through to the message
        }
        return "The old site's address must start with http:// or https://, such as https://news.example.org.";
    }

    /** A file name safe to keep on disk: its last segment, letters, digits, dot, dash and underscore only. */
    static String safeName(@Nullable String submitted, String fallback) {
        String name = submitted == null ? "" : submitted.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^[.-]+", "");
        if (name.length() > 120) {
            name = name.substring(name.length() - 120);
        }
        return name.isBlank() ? fallback : name;
    }

    private static String quoted(String fileName) {
        return fileName.isBlank() ? "" : "\u201C" + fileName + "\u201D ";
    }
}
