package news.dateline.sections;

/** A section of the publication, e.g. World at {@code /world}; {@code position} orders the navigation. */
public record Section(long id, String name, String slug, int position) {

    public String path() {
        return "/" + news.dateline.platform.Slug.encode(slug);
    }
}
