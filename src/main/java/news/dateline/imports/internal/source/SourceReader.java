package news.dateline.imports.internal.source;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads one kind of export (WordPress WXR, Ghost JSON, an RSS/Atom feed) and streams what it holds as
 * {@link SourceItem}s, in constant memory whatever the file's size (a reader may read the file more than once).
 * Each reader is a Spring bean; the engine picks the one whose {@link #platform()} the import names.
 */
public interface SourceReader {

    /** {@code wordpress}, {@code ghost} or {@code feed}. */
    String platform();

    /**
     * Streams the export's items to {@code out}. An item that cannot be read is emitted as a {@link SourceSkipped}
     * with the reason and reading goes on; only a file that cannot be read at all throws.
     *
     * @throws SourceException when the file is not this kind of export, is malformed beyond the item level, or tries
     *                         something hostile (DTDs, external entities, entity expansion)
     */
    void read(Path export, Consumer<SourceItem> out);
}
