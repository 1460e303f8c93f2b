package news.dateline.search.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's Lucene index in its directory: one writer, near-real-time searchers, and with every commit the
 * journal cursor it has applied up to and the schema it was built with. A missing, unreadable (corrupt) or
 * other-schema index is wiped on opening and reported {@link #fresh()}, so its owner rebuilds it.
 */
final class SearchIndex implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    static final String CURSOR = "journal.cursor";
    static final String SCHEMA = "schema";

    private final Path path;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private volatile boolean fresh;

    private SearchIndex(Path path, Directory directory, IndexWriter writer, boolean fresh) throws IOException {
        this.path = path;
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        this.fresh = fresh;
    }

    /** Opens the index in {@code path}, creating an empty one when it is missing or unusable. */
    static SearchIndex open(Path path) {
        try {
            Files.createDirectories(path);
            SearchIndex usable = tryOpen(path);
            if (usable != null) {
                return usable;
            }
            wipe(path);
            Files.createDirectories(path);
            Directory directory = FSDirectory.open(path);
            IndexWriter writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE));
            return new SearchIndex(path, directory, writer, true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index in " + path, e);
        }
    }

    private static @Nullable SearchIndex tryOpen(Path path) {
        Directory directory = null;
        try {
            directory = FSDirectory.open(path);
            if (!DirectoryReader.indexExists(directory)) {
                directory.close();
                return null;
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                for (LeafReaderContext leaf : reader.leaves()) {
                    leaf.reader().checkIntegrity();
                }
                Map<String, String> data = reader.getIndexCommit().getUserData();
                if (!StoryFields.SCHEMA.equals(data.get(SCHEMA)) || !data.containsKey(CURSOR)) {
                    log.info("The search index in {} is of another schema or unfinished; rebuilding it", path);
                    directory.close();
                    return null;
                }
            }
            IndexWriter writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.APPEND));
            return new SearchIndex(path, directory, writer, false);
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            throw new IllegalStateException("The search index in " + path + " is in use by another process: "
                    + "each node needs its own dateline.data-dir", e);
        } catch (IOException | RuntimeException e) {
            log.warn("The search index in {} cannot be read ({}); rebuilding it", path, e.toString());
            try {
                if (directory != null) {
                    directory.close();
                }
            } catch (IOException ignored) {
                // about to be wiped
            }
            return null;
        }
    }

    private static IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
        // Nothing is committed on close: every commit carries the journal cursor it reaches, or there is none.
        return new IndexWriterConfig(new EnglishAnalyzer()).setOpenMode(mode).setRAMBufferSizeMB(64).setCommitOnClose(false);
    }

    private static void wipe(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    Analyzer analyzer() {
        return analyzer;
    }

    Path path() {
        return path;
    }

    /** Whether this index was created empty on opening and not yet committed (it must be rebuilt from the database). */
    boolean fresh() {
        return fresh;
    }

    /** The journal cursor of the last commit; empty if nothing was ever committed. */
    OptionalLong cursor() {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            String cursor = reader.getIndexCommit() == null ? null : reader.getIndexCommit().getUserData().get(CURSOR);
            return cursor == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(cursor));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void put(long id, Document document) throws IOException {
        writer.updateDocument(new Term(StoryFields.ID, Long.toString(id)), document);
    }

    void remove(long id) throws IOException {
        writer.deleteDocuments(new Term(StoryFields.ID, Long.toString(id)));
    }

    void clear() throws IOException {
        writer.deleteAll();
    }

    /** Makes the changes durable, with the journal cursor they bring the index up to, and visible to searches. */
    void commit(long cursor) throws IOException {
        writer.setLiveCommitData(Map.of(CURSOR, Long.toString(cursor), SCHEMA, StoryFields.SCHEMA).entrySet());
        writer.commit();
        fresh = false;
        searchers.maybeRefreshBlocking();
    }

    /** Ids of the stories whose {@code field} holds {@code value} (e.g. every story in a section). */
    Set<Long> idsWhere(String field, String value) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            Set<Long> ids = new HashSet<>();
            var stored = searcher.storedFields();
            TermQuery query = new TermQuery(new Term(field, value));
            int count = searcher.count(query);
            if (count == 0) {
                return ids;
            }
            for (ScoreDoc doc : searcher.search(query, count).scoreDocs) {
                ids.add(Long.parseLong(stored.document(doc.doc, Set.of(StoryFields.ID)).get(StoryFields.ID)));
            }
            return ids;
        } finally {
            searchers.release(searcher);
        }
    }

    IndexSearcher acquire() throws IOException {
        return searchers.acquire();
    }

    void release(IndexSearcher searcher) throws IOException {
        searchers.release(searcher);
    }

    /** Bytes on disk. */
    long sizeOnDisk() throws IOException {
        long size = 0;
        for (String file : directory.listAll()) {
            size += directory.fileLength(file);
        }
        return size;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
