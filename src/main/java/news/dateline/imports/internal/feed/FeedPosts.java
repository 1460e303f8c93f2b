package news.dateline.imports.internal.feed;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import news.dateline.imports.internal.source.SourcePost;
import news.dateline.imports.internal.source.SourceState;
import org.jspecify.annotations.Nullable;

/**
 * A feed item as a published story. WordPress puts password-protected posts in its feed as "Protected: ..." with a
 * password form for content and "There is no excerpt because this is a protected post." for description: such an
 * item becomes a {@link SourceState#PASSWORD} story without the form and without the prefix.
 */
final class FeedPosts {

    static final String PROTECTED_EXCERPT = "There is no excerpt because this is a protected post.";
    static final int MAX_EXCERPT = 600;

    private FeedPosts() {
    }

    static SourcePost post(FeedItem item, int number) {
        boolean isProtected = item.content.contains("post-password-form")
                || FeedText.plain(item.summary).equals(PROTECTED_EXCERPT);
        String title = isProtected && item.title.startsWith("Protected: ")
                ? item.title.substring("Protected: ".length()) : item.title;
        String body = isProtected ? "" : !item.content.isBlank() ? item.content : item.summary;
        String excerpt = isProtected || item.content.isBlank() ? "" : FeedText.plain(item.summary);
        if (excerpt.length() > MAX_EXCERPT) {
            excerpt = "";
        }
        String id = !item.id.isEmpty() ? item.id : !item.link.isEmpty() ? item.link : "item-" + number;
        @Nullable Instant published = instant(item.published.isEmpty() ? item.updated : item.published);
        @Nullable Instant modified = instant(item.updated);
        return new SourcePost(id, SourcePost.Kind.STORY, title, FeedText.slug(item.link),
                isProtected ? SourceState.PASSWORD : SourceState.PUBLISHED, body.strip(), SourcePost.Format.HTML,
                excerpt, item.authors, List.of(), item.categories, published, modified, "", item.image, "", "",
                item.link, "", 0, false, item.comments, "", "", "", "");
    }

    private static @Nullable Instant instant(String text) {
        OffsetDateTime date = FeedDates.parse(text);
        return date == null ? null : date.toInstant();
    }
}
