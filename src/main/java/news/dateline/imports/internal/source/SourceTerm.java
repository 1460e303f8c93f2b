package news.dateline.imports.internal.source;

/**
 * A category (becomes a section, keeping its parent) or a tag.
 *
 * @param parentSourceId the parent category's source id, blank for a top-level one (WordPress categories only)
 * @param internal a Ghost internal tag ({@code #breaking}): kept for the newsroom, never shown to readers
 * @param oldUrl its page on the old site ({@code /category/business/markets/}, {@code /tag/zurich/}), blank when unknown
 */
public record SourceTerm(String sourceId, Kind kind, String slug, String name, String description,
                         String parentSourceId, boolean internal, String oldUrl) implements SourceItem {

    public enum Kind { CATEGORY, TAG }
}
