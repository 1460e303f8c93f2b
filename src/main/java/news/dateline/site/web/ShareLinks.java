package news.dateline.site.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Plain share links (no third-party script): each opens the network's own share page. */
final class ShareLinks {

    private ShareLinks() {
    }

    static List<ShareLink> of(String url, String title) {
        String u = encode(url);
        String t = encode(title);
        return List.of(
                new ShareLink("x", "Share on X", "https://x.com/intent/post?url=" + u + "&text=" + t),
                new ShareLink("facebook", "Share on Facebook", "https://www.facebook.com/sharer/sharer.php?u=" + u),
                new ShareLink("whatsapp", "Share on WhatsApp", "https://wa.me/?text=" + t + "%20" + u),
                new ShareLink("telegram", "Share on Telegram", "https://t.me/share/url?url=" + u + "&text=" + t),
                new ShareLink("linkedin", "Share on LinkedIn", "https://www.linkedin.com/sharing/share-offsite/?url=" + u),
                new ShareLink("email", "Share by email", "mailto:?subject=" + t + "&body=" + u));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
