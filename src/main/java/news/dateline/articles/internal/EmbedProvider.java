package news.dateline.articles.internal;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The video, audio and social-post services whose addresses, alone in a paragraph, become a click-to-load card. Each
 * knows its hosts exactly (no suffix matching: {@code youtube.com.evil.test} is nobody) and the path forms that name
 * one item, and takes from them the item's id, the only thing the site's script needs to build the player address.
 * Those without a player that works without their script ({@link #framed} false) open the post instead.
 */
enum EmbedProvider {

    YOUTUBE("YouTube", true, Set.of("youtube.com", "www.youtube.com", "m.youtube.com", "youtube-nocookie.com",
            "www.youtube-nocookie.com"), "/(?:shorts|embed|live|v)/([A-Za-z0-9_-]{11})/?"),
    YOUTU_BE("YouTube", true, Set.of("youtu.be"), "/([A-Za-z0-9_-]{11})/?"),
    VIMEO("Vimeo", true, Set.of("vimeo.com", "www.vimeo.com", "player.vimeo.com"),
            "/(?:channels/[\\w-]{1,50}/|groups/[\\w-]{1,50}/videos/|video/)?(\\d{1,12})/?"),
    X("X", false, Set.of("x.com", "www.x.com", "twitter.com", "www.twitter.com", "mobile.twitter.com"),
            "/\\w{1,15}/status(?:es)?/(\\d{1,20})/?"),
    INSTAGRAM("Instagram", true, Set.of("instagram.com", "www.instagram.com"),
            "/(?:[\\w.]{1,30}/)?(?:p|reel|tv)/([\\w-]{5,40})/?"),
    FACEBOOK("Facebook", true, Set.of("facebook.com", "www.facebook.com", "m.facebook.com", "web.facebook.com"),
            "/([\\w.-]{1,80}/(?:posts|videos)/[\\w.-]{1,80})/?"),
    TIKTOK("TikTok", true, Set.of("tiktok.com", "www.tiktok.com", "m.tiktok.com"), "/@[\\w.-]{1,40}/video/(\\d{1,25})/?"),
    SOUNDCLOUD("SoundCloud", true, Set.of("soundcloud.com", "www.soundcloud.com", "m.soundcloud.com"),
            "/([\\w-]{1,60}/(?:sets/)?[\\w-]{1,100})/?"),
    SPOTIFY("Spotify", true, Set.of("open.spotify.com"),
            "/(?:intl-[a-z]{2}(?:-[a-z]{2})?/)?((?:track|album|playlist|episode|show|artist)/[A-Za-z0-9]{22})/?"),
    BLUESKY("Bluesky", false, Set.of("bsky.app"), "/profile/([\\w.:-]{1,253}/post/[a-z0-9]{10,20})/?"),
    /** Any other host with a Mastodon-style address {@code /@user/123}: a link card only. */
    MASTODON("Mastodon", false, Set.of(), "/(@\\w{1,30}/\\d{1,20})/?");

    private static final Pattern WATCH = Pattern.compile("/watch/?");
    private static final Pattern VIDEO_ID = Pattern.compile("(?:^|&)v=([A-Za-z0-9_-]{11})(?:&|$)");
    private static final Pattern FACEBOOK_WATCH = Pattern.compile("(?:^|&)v=(\\d{1,25})(?:&|$)");
    private static final Pattern HOST = Pattern.compile("[a-z0-9-]{1,63}(?:\\.[a-z0-9-]{1,63})+");

    final String label;
    final boolean framed;
    private final Set<String> hosts;
    private final Pattern path;

    EmbedProvider(String label, boolean framed, Set<String> hosts, String path) {
        this.label = label;
        this.framed = framed;
        this.hosts = hosts;
        this.path = Pattern.compile(path);
    }

    /** The provider's name in {@code data-embed-provider}. */
    String key() {
        return this == YOUTU_BE ? "youtube" : name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The provider and item id an address names, if it names one item of a known provider. */
    static Optional<Found> find(String host, String rawPath, String rawQuery) {
        String path = rawPath.isEmpty() ? "/" : rawPath;
        for (EmbedProvider provider : values()) {
            if (provider == MASTODON ? !HOST.matcher(host).matches() : !provider.hosts.contains(host)) {
                continue;
            }
            Optional<String> id = provider.id(path, rawQuery);
            if (id.isPresent()) {
                return Optional.of(new Found(provider, id.get()));
            }
            if (provider != MASTODON) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private Optional<String> id(String path, String query) {
        if ((this == YOUTUBE || this == FACEBOOK) && WATCH.matcher(path).matches()) {
            Matcher v = (this == YOUTUBE ? VIDEO_ID : FACEBOOK_WATCH).matcher(query);
            return v.find() ? Optional.of(this == YOUTUBE ? v.group(1) : "watch/" + v.group(1)) : Optional.empty();
        }
        Matcher m = this.path.matcher(path);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** A provider and the id of the item an address names. */
    record Found(EmbedProvider provider, String id) {
    }
}
