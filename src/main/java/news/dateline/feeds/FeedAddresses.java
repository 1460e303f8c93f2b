package news.dateline.feeds;

import news.dateline.platform.Slug;

/** The public addresses of the feeds, so pages can announce them (autodiscovery links). */
public final class FeedAddresses {

    public static final String RSS_TYPE = "application/rss+xml";
    public static final String ATOM_TYPE = "application/atom+xml";

    private FeedAddresses() {
    }

    public static String siteRss() {
        return "/feeds/rss.xml";
    }

    public static String siteAtom() {
        return "/feeds/atom.xml";
    }

    public static String sectionRss(String sectionSlug) {
        return "/feeds/sections/" + Slug.encode(sectionSlug) + "/rss.xml";
    }

    public static String sectionAtom(String sectionSlug) {
        return "/feeds/sections/" + Slug.encode(sectionSlug) + "/atom.xml";
    }

    public static String personRss(String personSlug) {
        return "/feeds/people/" + Slug.encode(personSlug) + "/rss.xml";
    }

    public static String personAtom(String personSlug) {
        return "/feeds/people/" + Slug.encode(personSlug) + "/atom.xml";
    }
}
