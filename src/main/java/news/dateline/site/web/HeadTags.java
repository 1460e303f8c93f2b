package news.dateline.site.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a page's head tells machines beyond the basics: feeds to discover, Open Graph and X card tags, and
 * structured data.
 *
 * @param shareTitle the title for social cards (the headline on an article page, without the site name)
 * @param feeds      autodiscovery links, site-wide first
 * @param meta       extra {@code <meta>} tags in order
 * @param jsonLd     JSON-LD, already safe to place inside a script element; null for none
 */
public record HeadTags(String shareTitle, List<FeedLink> feeds, List<MetaTag> meta, @Nullable String jsonLd) {

    public HeadTags {
        feeds = List.copyOf(feeds);
        meta = List.copyOf(meta);
    }

    /** An RSS or Atom feed announced with {@code <link rel="alternate">}. */
    public record FeedLink(String title, String type, String href) {
    }

    /** A {@code <meta>} tag: Open Graph tags use {@code property}, X card tags {@code name}; the other is null. */
    public record MetaTag(@Nullable String property, @Nullable String name, String content) {

        static MetaTag property(String property, String content) {
            return new MetaTag(property, null, content);
        }

        static MetaTag name(String name, String content) {
            return new MetaTag(null, name, content);
        }
    }
}
