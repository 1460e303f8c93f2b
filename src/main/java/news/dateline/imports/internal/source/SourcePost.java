package news.dateline.imports.internal.source;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A story or a static page as the source holds it.
 *
 * @param body the body as HTML in the source's own dialect (see {@link #format()}); Ghost Lexical/Mobiledoc are
 *             rendered to HTML with Ghost's card markup ({@code kg-*-card}) by the Ghost parser
 * @param authorIds the bylines' person source ids, primary first
 * @param categoryIds category source ids, primary first (Ghost: empty; its first public tag is offered in tagIds)
 * @param tagIds tag source ids in the source's order
 * @param published first-published instant (scheduled: when it is due), null for a draft
 * @param modified last-modified instant, null when unknown
 * @param featuredMediaId a {@link SourceMedia#sourceId()} (WordPress {@code _thumbnail_id}), blank when none
 * @param featuredImageUrl the featured image's absolute URL when the source has no media item for it (Ghost), blank
 * @param featuredImageAlt alt text of {@code featuredImageUrl}, blank
 * @param featuredImageCaption caption of {@code featuredImageUrl} (may hold simple HTML), blank
 * @param oldUrl the post's public URL on the old site (absolute), blank when it had none (drafts)
 * @param parentId a page's parent page source id, blank for none
 * @param comments how many comments it had (never imported: reported)
 */
public record SourcePost(String sourceId, Kind kind, String title, String slug, SourceState state, String body,
                         Format format, String excerpt, List<String> authorIds, List<String> categoryIds,
                         List<String> tagIds, @Nullable Instant published, @Nullable Instant modified,
                         String featuredMediaId, String featuredImageUrl, String featuredImageAlt,
                         String featuredImageCaption, String oldUrl, String parentId, int menuOrder, boolean featured,
                         int comments, String seoTitle, String seoDescription, String canonicalUrl, String language)
        implements SourceItem {

    public enum Kind { STORY, PAGE }

    /** The dialect of {@link #body()}. */
    public enum Format {
        /** WordPress post content: block comments, shortcodes, classic-editor text with bare newlines (wpautop). */
        WORDPRESS,
        /** Ghost's rendered HTML with {@code kg-card} markup. */
        GHOST,
        /** Plain HTML (a feed's content). */
        HTML
    }

    public SourcePost {
        authorIds = List.copyOf(authorIds);
        categoryIds = List.copyOf(categoryIds);
        tagIds = List.copyOf(tagIds);
    }
}
