package news.dateline.imports.internal.source;

/**
 * Something in the export that is not imported, said aloud for the report: comments (counted), navigation menus,
 * unknown post types, an item that could not be read.
 *
 * @param kind what it is ({@code comment}, {@code nav_menu_item}, {@code wp_block}, {@code item})
 * @param title its title or slug when the export gives one, blank otherwise
 * @param reason one line for the report
 */
public record SourceSkipped(String sourceId, String kind, String title, String reason) implements SourceItem {

    public SourceSkipped(String sourceId, String kind, String reason) {
        this(sourceId, kind, "", reason);
    }
}
