package news.dateline.site.web;

/**
 * The one stylesheet and the one deferred script every public page links, by content-versioned URL.
 */
public record AssetLinks(String stylesheet, String script) {
}
