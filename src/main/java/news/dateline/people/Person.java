package news.dateline.people;

/**
 * A person who can hold a byline.
 *
 * @param photoImageId the id of their photo in the media library, or null
 */
public record Person(long id, String displayName, String slug, String bio, Long photoImageId) {

    public String path() {
        return "/people/" + news.dateline.platform.Slug.encode(slug);
    }
}
