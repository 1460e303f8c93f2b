package news.dateline.backup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import news.dateline.backup.internal.TarWriter;
import news.dateline.media.storage.MediaStorage;

/**
 * Writes a consistent backup of a running site into one tar file. The SQLite database is copied first, as one
 * snapshot ({@code VACUUM INTO}: a read transaction, so readers and writers carry on), then the media files. An
 * image's master is stored before its row commits ({@code MediaLibrary.upload}), so every image in the snapshot
 * already has its files when they are listed; files added after the snapshot are copied too (harmless). On
 * PostgreSQL the archive holds the media only: the database is backed up with its own tools (see the README).
 */
public final class SiteBackup {

    private final DataSource database;
    private final boolean sqlite;
    private final MediaStorage storage;
    private final Clock clock;

    public SiteBackup(DataSource database, boolean sqlite, MediaStorage storage, Clock clock) {
        this.database = database;
        this.sqlite = sqlite;
        this.storage = storage;
        this.clock = clock;
    }

    /** Writes the backup to {@code target} (atomically: a partial file until it is complete); returns its manifest. */
    public Manifest writeTo(Path target, PrintStream progress) throws IOException {
        Path file = target.toAbsolutePath();
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Path snapshot = Files.createTempFile(file.getParent(), ".dateline-snapshot-", ".db");
        var created = clock.instant();
        try {
            SiteCounts counts;
            Set<String> imageKeys = new HashSet<>();
            if (sqlite) {
                progress.println("Copying the database (a consistent snapshot)…");
                snapshot(snapshot);
                try (Connection copy = DriverManager.getConnection("jdbc:sqlite:" + snapshot)) {
                    counts = SiteCounts.of(copy);
                    imageKeys.addAll(imageKeys(copy));
                }
            } else {
                try (Connection live = database.getConnection()) {
                    counts = SiteCounts.of(live);
                }
            }
            List<Manifest.FileEntry> files = new ArrayList<>();
            Set<String> copied = new HashSet<>();
            Manifest written;
            try (OutputStream out = Files.newOutputStream(partial);
                 TarWriter tar = new TarWriter(new java.io.BufferedOutputStream(out, 1 << 16), created.getEpochSecond())) {
                if (sqlite) {
                    try (InputStream in = new DigestInputStream(Files.newInputStream(snapshot), sha256())) {
                        tar.add(Manifest.DATABASE, Files.size(snapshot), in);
                        files.add(new Manifest.FileEntry(Manifest.DATABASE, Files.size(snapshot),
                                hex(((DigestInputStream) in).getMessageDigest()), "application/vnd.sqlite3"));
                    }
                }
                progress.println("Copying the media files from " + storage.describe() + "…");
                List<String> keys;
                try (var stream = storage.keys()) {
                    keys = stream.sorted().toList();
                }
                for (String key : keys) {
                    var object = storage.get(key);
                    if (object.isEmpty()) {
                        continue; // deleted since it was listed
                    }
                    byte[] bytes = object.get().bytes();
                    tar.add(Manifest.MEDIA + key, bytes.length, new ByteArrayInputStream(bytes));
                    files.add(new Manifest.FileEntry(Manifest.MEDIA + key, bytes.length, hex(sha256().digest(bytes)),
                            object.get().contentType()));
                    copied.add(key);
                }
                List<String> missing = imageKeys.stream().filter(k -> !copied.contains("images/" + k + "/master.jpg"))
                        .sorted().toList();
                var manifest = new Manifest(created, sqlite ? "sqlite" : database(), counts, List.copyOf(files), missing);
                byte[] text = manifest.text().getBytes(StandardCharsets.UTF_8);
                tar.add(Manifest.NAME, text.length, new ByteArrayInputStream(text));
                written = manifest;
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return written;
        } catch (SQLException e) {
            throw new BackupException("Could not copy the database: " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(snapshot);
            Files.deleteIfExists(partial);
        }
    }

    private void snapshot(Path into) throws SQLException, IOException {
        Files.deleteIfExists(into);
        try (Connection connection = database.getConnection();
             PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
            vacuum.setString(1, into.toString());
            vacuum.execute();
        }
    }

    private String database() {
        try (Connection connection = database.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
        } catch (SQLException e) {
            throw new BackupException("Could not reach the database: " + e.getMessage(), e);
        }
    }

    private static List<String> imageKeys(Connection connection) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (var statement = connection.createStatement(); var rows = statement.executeQuery("SELECT storage_key FROM images")) {
            while (rows.next()) {
                keys.add(rows.getString(1));
            }
        }
        return keys;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hex(MessageDigest digest) {
        return hex(digest.digest());
    }

    static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }
}
