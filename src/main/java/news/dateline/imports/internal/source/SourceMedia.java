package news.dateline.imports.internal.source;

/**
 * A picture in the export's media library (a WordPress attachment; Ghost has none, its images are only URLs).
 *
 * @param url the original file's absolute URL; {@link #path()} inside the media folder/archive is derived from it
 * @param path the file's path inside the export's media folder or archive ({@code wp-content/uploads/2026/12/x.jpg})
 * @param caption caption text (plain), blank when none
 * @param credit credit line (WordPress keeps it in the description), blank when none
 * @param parentPostId the source id of the post that uses it, blank when none
 * @param sizes the other URLs the same picture is known by (WordPress sub-sizes {@code x-1024x683.jpg}), so body
 *              images pointing at a sub-size resolve to this one picture
 */
public record SourceMedia(String sourceId, String url, String path, String title, String caption, String alt,
                          String credit, String parentPostId, String mimeType, java.util.List<String> sizes)
        implements SourceItem {
}
