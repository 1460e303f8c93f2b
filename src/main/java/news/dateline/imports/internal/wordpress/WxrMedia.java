package news.dateline.imports.internal.wordpress;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import news.dateline.imports.internal.source.SourceItem;
import news.dateline.imports.internal.source.SourceMedia;
import news.dateline.imports.internal.source.SourceSkipped;

/**
 * An attachment item as a picture of the media library: alt text from {@code _wp_attachment_image_alt}, caption from
 * the excerpt, credit from the description, its sub-sizes ({@code x-1024x683.jpg}) from the serialized
 * {@code _wp_attachment_metadata}, and its path inside the uploads archive (the URL without the site's address).
 */
final class WxrMedia {

    private WxrMedia() {
    }

    static SourceItem of(WxrItem item, String baseUrl) {
        if (item.id().isEmpty()) {
            return new SourceSkipped("", "attachment", item.field("title"), "An attachment without an id (wp:post_id), \""
                    + item.field("title") + "\", was not imported.");
        }
        String url = item.field("wp:attachment_url");
        if (url.isEmpty()) {
            url = item.field("guid");
        }
        if (url.isEmpty()) {
            return new SourceSkipped(item.id(), "attachment", item.field("title"), "Attachment " + item.id() + " has no file address.");
        }
        String path = path(url, baseUrl, item.meta("_wp_attached_file"));
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\")
                || List.of(path.split("/")).contains("..")) {
            return new SourceSkipped(item.id(), "attachment", item.field("title"), "Attachment " + item.id()
                    + " points outside the uploads folder (" + url + ").");
        }
        String parent = item.field("wp:post_parent");
        return new SourceMedia(item.id(), url, path, item.field("title"), WxrText.plain(item.field("excerpt:encoded")),
                WxrText.plain(item.meta("_wp_attachment_image_alt")), WxrText.plain(item.field("content:encoded")),
                parent.equals("0") ? "" : parent, mimeType(path), sizes(url, item.meta("_wp_attachment_metadata")));
    }

    private static String path(String url, String baseUrl, String attachedFile) {
        String path;
        if (!baseUrl.isEmpty() && url.startsWith(baseUrl + "/")) {
            path = url.substring(baseUrl.length() + 1);
        } else if (!attachedFile.isEmpty()) {
            path = "wp-content/uploads/" + attachedFile;
        } else {
            try {
                path = URI.create(url).getRawPath();
            } catch (IllegalArgumentException e) {
                return "";
            }
            path = path == null ? "" : path.replaceFirst("^/+", "");
        }
        return WxrText.decoded(path);
    }

    /** The other addresses of the same picture: every sub-size and, for a scaled upload, the original. */
    static List<String> sizes(String url, String metadata) {
        var array = PhpSerialized.array(metadata);
        if (array == null) {
            return List.of();
        }
        String folder = url.substring(0, url.lastIndexOf('/') + 1);
        var files = new LinkedHashSet<String>();
        if (array.get("sizes") instanceof Map<?, ?> sizes) {
            for (Object size : sizes.values()) {
                if (size instanceof Map<?, ?> fields && fields.get("file") instanceof String file) {
                    files.add(file);
                }
            }
        }
        if (array.get("original_image") instanceof String original) {
            files.add(original);
        }
        List<String> urls = new ArrayList<>();
        for (String file : files) {
            if (!file.isBlank() && !file.contains("/") && !file.contains("\\") && !(folder + file).equals(url)) {
                urls.add(folder + file);
            }
        }
        return List.copyOf(urls);
    }

    static String mimeType(String path) {
        String extension = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return switch (extension) {
            case "jpg", "jpeg", "jpe" -> "image/jpeg";
            case "png" -> "image/png";
            case "gif" -> "image/gif";
            case "webp" -> "image/webp";
            case "avif" -> "image/avif";
            case "svg" -> "image/svg+xml";
            case "heic" -> "image/heic";
            case "pdf" -> "application/pdf";
            case "mp4" -> "video/mp4";
            case "mp3" -> "audio/mpeg";
            default -> "application/octet-stream";
        };
    }
}
