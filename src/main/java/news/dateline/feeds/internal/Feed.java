package news.dateline.feeds.internal;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One feed, ready to be written as RSS or Atom.
 *
 * @param id       a permanent identifier of the feed (tag URI)
 * @param pageUrl  the HTML page the feed follows
 * @param rssUrl   absolute address of the RSS form
 * @param atomUrl  absolute address of the Atom form
 * @param updated  when its newest entry was published or updated; null for an empty feed
 */
record Feed(String id, String title, String description, String pageUrl, String rssUrl, String atomUrl,
            String language, String siteName, String logoUrl, @Nullable Instant updated, List<FeedItem> items) {
}
