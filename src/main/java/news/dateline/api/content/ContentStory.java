package news.dateline.api.content;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A public story as the Content API answers it: only what readers see, every URL absolute, instants ISO-8601 UTC.
 *
 * @param lastUpdatedAt  the last substantive update or correction, or null
 * @param lastModifiedAt when anything about the story last changed
 */
record ContentStory(long id, String url, String path, String headline, String standfirst, String bodyHtml,
                    String language, SectionLink section, List<PersonLink> bylines, List<String> tags,
                    @Nullable ContentImage hero, List<ContentImage> images, List<Notice> corrections,
                    String firstPublishedAt, @Nullable String lastUpdatedAt, String lastModifiedAt) {

    /** The top-level field names, for sparse fieldsets ({@code fields=}). */
    static final List<String> FIELDS = List.of("id", "url", "path", "headline", "standfirst", "bodyHtml", "language",
            "section", "bylines", "tags", "hero", "images", "corrections", "firstPublishedAt", "lastUpdatedAt",
            "lastModifiedAt");

    record SectionLink(long id, String name, String url) {
    }

    record PersonLink(long id, String name, String url) {
    }

    record Notice(String kind, String text, String at) {
    }

    /** A picture: its library metadata and every offered rendition (JPEG and WebP). */
    record ContentImage(long id, String caption, String alt, String credit, String copyright, String licenseUrl,
                        int width, int height, List<Rendition> renditions) {
    }

    record Rendition(int width, String jpeg, String webp) {
    }
}
