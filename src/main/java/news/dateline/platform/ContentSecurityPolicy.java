package news.dateline.platform;

/**
 * The Content-Security-Policy every page is sent with: scripts, styles and everything else only from this site's own
 * files (no inline script, event handler or style attribute; JSON-LD is a data block and is not run), no plugins, no
 * other base, forms only to here. Public pages are the same bytes for every reader, so there are no nonces.
 */
public final class ContentSecurityPolicy {

    /** Public pages: framed only by this site. */
    public static final String SITE = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'self'";
    /** The newsroom: the same, and never framed by anyone (its preview is an {@code srcdoc} frame of its own). */
    public static final String NEWSROOM = SITE.replace("frame-ancestors 'self'", "frame-ancestors 'none'");

    private ContentSecurityPolicy() {
    }
}
