package news.dateline.imports.internal.source;

/**
 * An author. Never becomes a newsroom account: only a person who can be named in bylines.
 *
 * @param sourceId WordPress author login, Ghost user id, or the feed's author name
 * @param slug the source's address slug (WordPress user nicename when known, Ghost slug), blank when unknown
 * @param photoUrl the profile picture's URL (absolute, site URL placeholders resolved), blank when none
 * @param oldUrl the person's page on the old site ({@code /author/slug/}), blank when unknown
 */
public record SourcePerson(String sourceId, String slug, String displayName, String bio, String photoUrl,
                           String website, String oldUrl) implements SourceItem {
}
