package news.dateline.sections;

import org.jspecify.annotations.Nullable;

/**
 * A section of the publication, e.g. World at {@code /world}; {@code position} orders the navigation.
 *
 * @param parentId the top-level section this one sits under (Markets under Business), or null: sections go one level
 *                 deep (ADR 0019); a child keeps its own address ({@code /markets})
 */
public record Section(long id, String name, String slug, int position, @Nullable Long parentId) {

    /** A top-level section. */
    public Section(long id, String name, String slug, int position) {
        this(id, name, slug, position, null);
    }

    public String path() {
        return "/" + news.dateline.platform.Slug.encode(slug);
    }

    public boolean isTopLevel() {
        return parentId == null;
    }
}
