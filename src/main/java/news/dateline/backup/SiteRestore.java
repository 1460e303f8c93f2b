package news.dateline.backup;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.dateline.media.storage.MediaStorage;
import news.dateline.platform.TarArchive;
import org.jspecify.annotations.Nullable;

/**
 * Brings a backup back into an empty data directory (and empty media storage): reads the manifest, then every
 * file, each checked against its size and SHA-256 before it is kept, then compares the restored database's counts
 * with the manifest's. Anything wrong undoes the restore and says what. The search index is not in a backup: the
 * first start finds none and rebuilds it from the database.
 */
public final class SiteRestore {

    private final Path dataDirectory;
    private final @Nullable Path sqliteFile;
    private final MediaStorage storage;

    /** @param sqliteFile where the SQLite database goes, or null when the site runs on PostgreSQL */
    public SiteRestore(Path dataDirectory, @Nullable Path sqliteFile, MediaStorage storage) {
        this.dataDirectory = dataDirectory.toAbsolutePath();
        this.sqliteFile = sqliteFile == null ? null : sqliteFile.toAbsolutePath();
        this.storage = storage;
    }

    public Manifest restoreFrom(Path archive, PrintStream progress) throws IOException {
        refuseUnlessEmpty();
        Manifest manifest = manifestOf(archive);
        if (manifest.holdsDatabase() && sqliteFile == null) {
            throw new BackupException("This backup holds an SQLite database, but dateline.database.url is not SQLite");
        }
        Files.createDirectories(dataDirectory);
        List<String> restoredKeys = new ArrayList<>();
        try {
            restoreFiles(archive, manifest, restoredKeys, progress);
            if (manifest.holdsDatabase()) {
                try (Connection restored = DriverManager.getConnection("jdbc:sqlite:" + sqliteFile)) {
                    SiteCounts counts = SiteCounts.of(restored);
                    if (!counts.equals(manifest.counts())) {
                        throw new BackupException("The restored database holds " + counts + ", the backup " + manifest.counts());
                    }
                }
            }
            return manifest;
        } catch (IOException | SQLException | RuntimeException e) {
            undo(restoredKeys);
            throw e instanceof BackupException b ? b : new BackupException("Restore failed and was undone: " + e.getMessage(), e);
        }
    }

    private void restoreFiles(Path archive, Manifest manifest, List<String> restoredKeys, PrintStream progress)
            throws IOException {
        Map<String, Manifest.FileEntry> expected = new HashMap<>();
        manifest.files().forEach(file -> expected.put(file.path(), file));
        progress.println("Restoring " + manifest.files().size() + " files…");
        try (TarArchive tar = new TarArchive(new BufferedInputStream(Files.newInputStream(archive), 1 << 16))) {
            for (var entry = tar.next(); entry != null; entry = tar.next()) {
                if (!entry.file() || entry.name().equals(Manifest.NAME)) {
                    continue;
                }
                Manifest.FileEntry file = expected.remove(entry.name());
                if (file == null || file.size() != entry.size()) {
                    throw new BackupException("The backup holds " + entry.name() + ", which its manifest does not list as such");
                }
                if (entry.name().equals(Manifest.DATABASE)) {
                    restoreDatabase(entry.content(), file);
                } else if (entry.name().startsWith(Manifest.MEDIA)) {
                    byte[] bytes = entry.content().readAllBytes();
                    check(file, SiteBackup.hex(SiteBackup.sha256().digest(bytes)));
                    String key = entry.name().substring(Manifest.MEDIA.length());
                    storage.put(key, bytes, file.contentType());
                    restoredKeys.add(key);
                }
            }
        }
        if (!expected.isEmpty()) {
            throw new BackupException("The backup is incomplete: " + expected.size() + " files are missing, e.g. "
                    + expected.keySet().iterator().next());
        }
    }

    private void restoreDatabase(InputStream content, Manifest.FileEntry file) throws IOException {
        Files.createDirectories(sqliteFile.getParent());
        Path partial = sqliteFile.resolveSibling(sqliteFile.getFileName() + ".restoring");
        var digest = SiteBackup.sha256();
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(partial), digest)) {
            content.transferTo(out);
        }
        check(file, SiteBackup.hex(digest));
        Files.move(partial, sqliteFile, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void check(Manifest.FileEntry file, String sha256) {
        if (!file.sha256().equals(sha256)) {
            throw new BackupException(file.path() + " is damaged: its checksum differs from the manifest's");
        }
    }

    private Manifest manifestOf(Path archive) throws IOException {
        try (TarArchive tar = new TarArchive(new BufferedInputStream(Files.newInputStream(archive), 1 << 16))) {
            for (var entry = tar.next(); entry != null; entry = tar.next()) {
                if (entry.file() && entry.name().equals(Manifest.NAME)) {
                    return Manifest.parse(new String(entry.content().readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        throw new BackupException(archive + " has no manifest: it is not a complete Dateline backup");
    }

    private void refuseUnlessEmpty() throws IOException {
        if (Files.exists(dataDirectory)) {
            try (var entries = Files.list(dataDirectory)) {
                if (entries.findAny().isPresent()) {
                    throw new BackupException("The data directory " + dataDirectory + " is not empty: restore only "
                            + "into an empty one (move the current one aside first)");
                }
            }
        }
        if (sqliteFile != null && Files.exists(sqliteFile)) {
            throw new BackupException("The database " + sqliteFile + " exists already: restore only into an empty site");
        }
        try (var keys = storage.keys()) {
            if (keys.findAny().isPresent()) {
                throw new BackupException("The media storage (" + storage.describe() + ") is not empty: restore only into an empty one");
            }
        }
    }

    private void undo(List<String> restoredKeys) {
        for (String key : restoredKeys) {
            try {
                storage.deletePrefix(key);
            } catch (RuntimeException ignored) {
                // best effort: the message reports the failure that matters
            }
        }
        try {
            if (sqliteFile != null) {
                Files.deleteIfExists(sqliteFile);
                Files.deleteIfExists(sqliteFile.resolveSibling(sqliteFile.getFileName() + ".restoring"));
            }
        } catch (IOException ignored) {
            // as above
        }
    }
}
