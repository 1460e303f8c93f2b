package news.dateline.api.ninjs;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An agency's ninjs document as Dateline reads it for wire ingest: what a story needs, the agency's identity for it
 * ({@code uri} + {@code version}: a re-sent version updates the same story) and its pictures with their rights.
 * Strings are never null (blank when the document had none).
 *
 * @param uri           the agency's identifier for the item; the same across its versions
 * @param version       the agency's version ("" when the document has none)
 * @param type          the ninjs type ("text", "picture", …)
 * @param bodyHtml      the body as HTML; a plain-text body becomes one escaped paragraph per line
 * @param bylines       who wrote or shot it, in order
 * @param tags          subject names, without duplicates
 * @param embargoedUntil not to be published before this instant, or null
 * @param urgency       1 (most urgent) to 9, or null
 * @param pictures      the document itself when it is a picture, then its associated pictures
 * @param editorsNote   the agency's note to the desk ({@code edNote}), not for publication
 */
public record WireStory(String uri, String version, String type, String headline, String standfirst, String bodyHtml,
                        String language, List<Byline> bylines, List<String> tags, @Nullable Instant versionCreated,
                        @Nullable Instant embargoedUntil, @Nullable Integer urgency, Status status,
                        List<Picture> pictures, String editorsNote) {

    public WireStory {
        bylines = List.copyOf(bylines);
        tags = List.copyOf(tags);
        pictures = List.copyOf(pictures);
    }

    /**
     * ninjs {@code pubStatus}. {@code WITHHELD}: the agency asks that the item not be used for now (keep it out of
     * publication, unpublish an earlier version); {@code CANCELED}: withdrawn for good (kill an earlier version).
     */
    public enum Status { USABLE, WITHHELD, CANCELED }

    /** A credited person or agency; {@code role} is the ninjs {@code rel} or "author" for the {@code by} line. */
    public record Byline(String name, String role) {
    }

    /**
     * A picture offered with the story.
     *
     * @param credit     the credit line ({@code descriptions} role "creditline", else the picture's {@code by})
     * @param licenseUrl {@code rightsInfo.linkedRights}, or ""
     */
    public record Picture(String uri, String caption, String altText, String credit, String copyrightHolder,
                          String copyrightNotice, String usageTerms, String licenseUrl, List<Rendition> renditions) {

        public Picture {
            renditions = List.copyOf(renditions);
        }

        /** The widest image rendition, or null when none says its width. */
        public @Nullable Rendition largest() {
            return renditions.stream().filter(r -> r.width() != null && r.contentType().startsWith("image/"))
                    .max(java.util.Comparator.comparingInt(Rendition::width)).orElse(null);
        }
    }

    /** One rendition: width, height and size in bytes may be unknown. */
    public record Rendition(String name, String href, String contentType, @Nullable Integer width,
                            @Nullable Integer height, @Nullable Long sizeInBytes) {
    }
}
