package news.dateline.imports;

/**
 * What an address of an imported site now is.
 *
 * @param id the story's, section's, person's or page's id; 0 for a tag or a feed
 * @param name the tag's name, or the feed's section slug (blank: the site's main feed)
 */
public record OldAddress(Kind kind, long id, String name) {

    public enum Kind { STORY, PAGE, SECTION, PERSON, TAG, FEED }
}
