package news.dateline.feeds.internal;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One story in a feed.
 *
 * @param guid        permanent id built from the story's id (a tag URI): never changes when the story is edited
 * @param summary     plain-text description
 * @param contentHtml the full sanitized body, with absolute URLs
 * @param updated     the last substantive update, else the publication time
 * @param image       the hero image, or null
 * @param language    BCP 47 tag of the story's language
 */
record FeedItem(String guid, String title, String url, String summary, String contentHtml, Instant published,
                Instant updated, List<Author> authors, String category, @Nullable Image image,
                String language) {

    record Author(String name, String url) {
    }

    /** An absolute JPEG URL with its size, caption and credit (each may be empty). */
    record Image(String url, int width, int height, String caption, String credit) {
    }
}
