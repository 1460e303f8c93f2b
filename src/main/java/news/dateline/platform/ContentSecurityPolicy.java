package news.dateline.platform;

import java.util.List;

/**
 * The Content-Security-Policy every page is sent with: scripts, styles and everything else only from this site's own
 * files (no inline script, event handler or style attribute; JSON-LD is a data block and is not run), no plugins, no
 * other base, forms only to here. Public pages are the same bytes for every reader, so there are no nonces.
 * <p>
 * The one thing public pages take from elsewhere is the player of a video or post a reader chose to load (ADR 0020):
 * frames from exactly {@link #EMBED_FRAMES}, nothing else.
 */
public final class ContentSecurityPolicy {

    /** The origins of the players the site's script puts in place of an embed card, after a reader's click. */
    public static final List<String> EMBED_FRAMES = List.of("https://www.youtube-nocookie.com",
            "https://player.vimeo.com", "https://www.instagram.com", "https://www.facebook.com",
            "https://www.tiktok.com", "https://w.soundcloud.com", "https://open.spotify.com");

    private static final String OWN = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; ";

    /** Public pages: framed only by this site; frames only of its own and of the embed players. */
    public static final String SITE = OWN + "frame-src 'self' " + String.join(" ", EMBED_FRAMES) + "; "
            + "frame-ancestors 'self'";
    /**
     * The newsroom: its own files only, and never framed by anyone (its preview is an {@code srcdoc} frame of its own,
     * run without script, so embeds stay cards there).
     */
    public static final String NEWSROOM = OWN + "frame-ancestors 'none'";

    private ContentSecurityPolicy() {
    }
}
