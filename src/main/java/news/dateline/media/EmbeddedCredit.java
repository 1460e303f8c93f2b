package news.dateline.media;

/**
 * What an uploaded file says about itself in its IPTC or XMP metadata (wire photos carry these), used to
 * pre-fill the library form. Empty strings where the file says nothing.
 */
public record EmbeddedCredit(String caption, String credit, String creator, String copyrightNotice) {

    public static final EmbeddedCredit NONE = new EmbeddedCredit("", "", "", "");

    public EmbeddedCredit {
        caption = clean(caption);
        credit = clean(credit);
        creator = clean(creator);
        copyrightNotice = clean(copyrightNotice);
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip().replaceAll("\\s+", " ");
    }
}
