package news.dateline.articles.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * A video, audio or social post named by an address alone in a paragraph: which provider, the item's id there, and
 * the address as written (checked: http or https, a known host exactly, no user part, no odd port).
 *
 * @param provider the service
 * @param id       the item's id at the provider (what the site's script builds the player address from)
 * @param url      the address as the body gives it, to link to
 * @param host     the address's host, lower case
 */
record Embed(EmbedProvider provider, String id, String url, String host) {

    private static final int MAX_URL = 2_000;
    private static final int READABLE = 64;

    /** The embed an address names, or empty for anything else (unknown, malformed or hostile addresses). */
    static Optional<Embed> of(String text) {
        String url = text.strip();
        if (url.isEmpty() || url.length() > MAX_URL || !url.regionMatches(true, 0, "http", 0, 4)) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || uri.getRawAuthority() == null || uri.getHost() == null
                || uri.getRawUserInfo() != null || !(uri.getPort() == -1 || uri.getPort() == 443 || uri.getPort() == 80)) {
            return Optional.empty();
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        return EmbedProvider.find(host, path, uri.getRawQuery() == null ? "" : uri.getRawQuery())
                .map(found -> new Embed(found.provider(), found.id(), url, host));
    }

    /** "Load video", "Load audio" or "Show post": what the card's button says. */
    String action() {
        return switch (provider) {
            case YOUTUBE, YOUTU_BE, VIMEO, TIKTOK -> "Load video";
            case FACEBOOK -> id.startsWith("watch/") || id.contains("/videos/") ? "Load video" : "Show post";
            case SOUNDCLOUD, SPOTIFY -> "Load audio";
            case X, INSTAGRAM, BLUESKY, MASTODON -> "Show post";
        };
    }

    /** Who a reader's browser connects to on the click: the provider, or a Mastodon post's own server. */
    String connectsTo() {
        return provider == EmbedProvider.MASTODON ? host : provider.label;
    }

    /** The address as a reader reads it: no scheme, no {@code www.}, no trailing slash, shortened when long. */
    String readable() {
        String shown = url.replaceFirst("(?i)^https?://", "").replaceFirst("(?i)^www\\.", "");
        int fragment = shown.indexOf('#');
        shown = fragment < 0 ? shown : shown.substring(0, fragment);
        shown = shown.endsWith("/") ? shown.substring(0, shown.length() - 1) : shown;
        return shown.length() <= READABLE ? shown : shown.substring(0, READABLE - 1) + "…";
    }
}
