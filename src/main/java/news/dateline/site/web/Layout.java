package news.dateline.site.web;

/**
 * What every public page's frame needs: head metadata, the masthead with its section navigation, and the assets.
 *
 * @param title        the document title (already suffixed with the site name where wanted)
 * @param description  meta description, may be empty
 * @param canonicalUrl absolute canonical URL of this page
 * @param language     BCP 47 language tag for {@code <html lang>}
 * @param robots       value of the robots meta tag
 * @param masthead     the site's name, date and sections at the top, and the copyright year at the foot
 * @param assets       the stylesheet and script
 * @param head         feeds, social card tags and structured data for the head
 */
public record Layout(String title, String description, String canonicalUrl, String language, String robots,
                     Masthead masthead, AssetLinks assets, HeadTags head) {

    /** {@code rtl} for a page in a right-to-left language, else {@code ltr}: for {@code <html dir>}. */
    public String dir() {
        return news.dateline.platform.Language.direction(language);
    }

    /** The same frame for a page in another language (a story's). */
    public Layout withLanguage(String tag) {
        return new Layout(title, description, canonicalUrl, tag, robots, masthead, assets, head);
    }

    /** The same frame with other head tags. */
    public Layout withHead(HeadTags other) {
        return new Layout(title, description, canonicalUrl, language, robots, masthead, assets, other);
    }

    /** The same frame, not to be indexed and without a description: an error page's. */
    Layout unlisted() {
        return new Layout(title, "", canonicalUrl, language, "noindex", masthead, assets, head);
    }
}
