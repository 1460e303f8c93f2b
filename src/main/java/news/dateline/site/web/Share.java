package news.dateline.site.web;

import java.util.List;

/**
 * The share bar of an article.
 *
 * @param url   the canonical URL to share
 * @param title the text to share (the headline)
 * @param links plain links for X, Facebook, WhatsApp, Telegram, LinkedIn and email
 */
public record Share(String url, String title, List<ShareLink> links) {

    static Share of(String url, String title) {
        return new Share(url, title, ShareLinks.of(url, title));
    }
}
