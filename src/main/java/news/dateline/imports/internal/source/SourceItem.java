package news.dateline.imports.internal.source;

/**
 * One thing read from an export, in the order the export gives them. Parsers emit the site first, then people,
 * terms and media before the posts that use them whenever the format allows (WXR and Ghost do; a feed has only
 * posts and the people named in them).
 */
public sealed interface SourceItem permits SourceSite, SourcePerson, SourceTerm, SourceMedia, SourcePost, SourceSkipped {

    /** The item's id in the source (WordPress post/term id or author login, Ghost id, feed guid): stable across exports. */
    String sourceId();
}
