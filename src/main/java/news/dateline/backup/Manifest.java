package news.dateline.backup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The last file of a backup, {@code MANIFEST.txt}: when it was made, whether it holds the database, what the
 * database held (counts) and every file with its size, SHA-256 and content type. Restore checks each file against it.
 *
 * @param database {@code sqlite} when the archive holds the SQLite database ({@code dateline.db}); otherwise the
 *                 vendor whose own tools back it up (the counts are then read from the running database)
 * @param missing  storage keys of images the database names but whose master file was gone when copied (deleted
 *                 while the backup ran); normally empty
 */
public record Manifest(Instant created, String database, SiteCounts counts, List<FileEntry> files, List<String> missing) {

    static final String NAME = "MANIFEST.txt";
    static final String DATABASE = "dateline.db";
    static final String MEDIA = "media/";
    private static final String FORMAT = "dateline-backup 1";

    /** One file of the archive. */
    public record FileEntry(String path, long size, String sha256, String contentType) {
    }

    public boolean holdsDatabase() {
        return database.equals("sqlite");
    }

    public String text() {
        var out = new StringBuilder(FORMAT).append('\n');
        out.append("created ").append(created).append('\n');
        out.append("database ").append(database).append('\n');
        out.append("stories ").append(counts.stories()).append('\n');
        out.append("revisions ").append(counts.revisions()).append('\n');
        out.append("images ").append(counts.images()).append('\n');
        out.append("views ").append(counts.views()).append('\n');
        for (FileEntry file : files) {
            out.append("file ").append(file.sha256()).append(' ').append(file.size()).append(' ')
                    .append(file.contentType()).append(' ').append(file.path()).append('\n');
        }
        for (String key : missing) {
            out.append("missing ").append(key).append('\n');
        }
        return out.toString();
    }

    public static Manifest parse(String text) {
        String[] lines = text.split("\n");
        if (lines.length < 7 || !lines[0].equals(FORMAT)) {
            throw new BackupException("Not a Dateline backup (its manifest is missing or of another format)");
        }
        Instant created = Instant.parse(value(lines[1], "created"));
        String database = value(lines[2], "database");
        var counts = new SiteCounts(Long.parseLong(value(lines[3], "stories")), Long.parseLong(value(lines[4], "revisions")),
                Long.parseLong(value(lines[5], "images")), Long.parseLong(value(lines[6], "views")));
        List<FileEntry> files = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (int i = 7; i < lines.length; i++) {
            String[] parts = lines[i].split(" ", 5);
            if (parts[0].equals("file") && parts.length == 5) {
                files.add(new FileEntry(parts[4], Long.parseLong(parts[2]), parts[1], parts[3]));
            } else if (parts[0].equals("missing") && parts.length == 2) {
                missing.add(parts[1]);
            } else if (!lines[i].isBlank()) {
                throw new BackupException("The backup's manifest is damaged (line " + (i + 1) + ")");
            }
        }
        return new Manifest(created, database, counts, List.copyOf(files), List.copyOf(missing));
    }

    private static String value(String line, String key) {
        if (!line.startsWith(key + " ")) {
            throw new BackupException("The backup's manifest is damaged (no " + key + ")");
        }
        return line.substring(key.length() + 1);
    }
}
