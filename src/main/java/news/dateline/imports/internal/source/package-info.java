/**
 * What an export holds, item by item, in one neutral shape: each source parser (WordPress, Ghost, feeds) streams
 * {@link news.dateline.imports.internal.source.SourceItem}s; the engine maps them onto Dateline. Nothing here knows
 * the database.
 */
@NullMarked
package news.dateline.imports.internal.source;

import org.jspecify.annotations.NullMarked;
