package news.dateline.imports.internal.source;

/** A post's state in the source, before it is mapped onto Dateline's workflow. */
public enum SourceState {
    /** Public and live. */
    PUBLISHED,
    /** Draft, pending review, or anything unfinished. */
    DRAFT,
    /** Set to publish at {@link SourcePost#published()}. */
    SCHEDULED,
    /** Published but visible only to the site's staff (WordPress private): becomes a draft with a note. */
    PRIVATE,
    /** Published behind a password (WordPress): becomes a draft with a note. */
    PASSWORD,
    /** Published for paying or signed-in members only (Ghost members/paid/tiers): becomes a draft with a note. */
    MEMBERS
}
