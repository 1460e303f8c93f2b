package news.dateline.imports.internal.body;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The video and social-post addresses Dateline shows as click-to-load embeds, in the form a reader would share
 * (a YouTube player address {@code /embed/ID} becomes {@code https://www.youtube.com/watch?v=ID}).
 */
final class Embeds {

    private static final String ID = "([A-Za-z0-9_-]{6,20})";
    private static final Pattern YOUTUBE = Pattern.compile(
            "^https?://(?:www\\.|m\\.)?(?:youtube\\.com|youtube-nocookie\\.com)/(?:watch\\?(?:.*&)?v=|embed/|shorts/|live/|v/)"
                    + ID + ".*$");
    private static final Pattern YOUTU_BE = Pattern.compile("^https?://youtu\\.be/" + ID + ".*$");
    private static final Pattern VIMEO = Pattern.compile(
            "^https?://(?:www\\.|player\\.)?vimeo\\.com/(?:video/|channels/[^/]+/)?(\\d{4,12})(?:[/?#].*)?$");
    private static final Pattern TWEET = Pattern.compile(
            "^https?://(?:www\\.|mobile\\.)?(twitter\\.com|x\\.com)/([A-Za-z0-9_]{1,30})/status(?:es)?/(\\d{5,25}).*$");
    private static final Pattern INSTAGRAM = Pattern.compile(
            "^https?://(?:www\\.)?instagram\\.com/(p|reel|tv)/([A-Za-z0-9_-]{4,40}).*$");
    private static final Pattern SPOTIFY = Pattern.compile(
            "^https?://open\\.spotify\\.com/(?:embed/)?(track|album|playlist|episode|show)/([A-Za-z0-9]{10,40}).*$");
    private static final Pattern KEPT_AS_IS = Pattern.compile(
            "^https://(?:(?:www\\.)?tiktok\\.com/@[^/\\s]+/video/\\d+"
                    + "|(?:www\\.|m\\.)?facebook\\.com/[^\\s]*(?:/posts/|/videos/|/watch)[^\\s]*|fb\\.watch/[^\\s]+"
                    + "|soundcloud\\.com/[^/\\s]+/[^\\s]+|bsky\\.app/profile/[^/\\s]+/post/[A-Za-z0-9]+"
                    + "|[a-z0-9.-]+\\.[a-z]{2,}/@[A-Za-z0-9_]{1,30}/\\d{6,25})/?$");

    private Embeds() {
    }

    /** The shareable address of a video or social post, empty when {@code url} is not one Dateline embeds. */
    static Optional<String> of(String url) {
        String u = url.strip();
        Matcher m;
        if ((m = YOUTUBE.matcher(u)).matches() || (m = YOUTU_BE.matcher(u)).matches()) {
            return Optional.of("https://www.youtube.com/watch?v=" + m.group(1));
        }
        if ((m = VIMEO.matcher(u)).matches()) {
            return Optional.of("https://vimeo.com/" + m.group(1));
        }
        if ((m = TWEET.matcher(u)).matches()) {
            return Optional.of("https://" + m.group(1) + "/" + m.group(2) + "/status/" + m.group(3));
        }
        if ((m = INSTAGRAM.matcher(u)).matches()) {
            return Optional.of("https://www.instagram.com/" + m.group(1) + "/" + m.group(2) + "/");
        }
        if ((m = SPOTIFY.matcher(u)).matches()) {
            return Optional.of("https://open.spotify.com/" + m.group(1) + "/" + m.group(2));
        }
        String https = u.replaceFirst("^http://", "https://");
        return KEPT_AS_IS.matcher(https).matches() ? Optional.of(https) : Optional.empty();
    }

    /** The shareable address behind a player's {@code <iframe src>}, empty when it is no known player. */
    static Optional<String> ofPlayer(String src) {
        String u = src.strip().startsWith("//") ? "https:" + src.strip() : src.strip();
        Optional<String> direct = of(u);
        if (direct.isPresent()) {
            return direct;
        }
        for (String param : new String[] {"url", "href"}) {
            String inner = query(u, param);
            if (!inner.isEmpty()) {
                Optional<String> found = of(inner);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** The host of an address, for a note ("iframe from example.com dropped"); the address itself when it has none. */
    static String host(String url) {
        try {
            String host = URI.create(url.strip().startsWith("//") ? "https:" + url.strip() : url.strip()).getHost();
            return host == null ? url.strip() : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return url.strip();
        }
    }

    private static String query(String url, String name) {
        int q = url.indexOf('?');
        if (q < 0) {
            return "";
        }
        for (String pair : url.substring(q + 1).split("&")) {
            if (pair.startsWith(name + "=")) {
                try {
                    return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return "";
                }
            }
        }
        return "";
    }
}
