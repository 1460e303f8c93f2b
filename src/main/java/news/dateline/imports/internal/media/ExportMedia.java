package news.dateline.imports.internal.media;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.zip.GZIPInputStream;
import news.dateline.platform.TarArchive;
import org.jspecify.annotations.Nullable;

/**
 * An export's media files, by their path inside the media folder or archive ({@code wp-content/uploads/2026/12/x.jpg}).
 * A folder is read in place; a {@code .tar}/{@code .tar.gz} is unpacked once, streamed, into the job's folder, each
 * entry checked: names escaping the folder ({@code ../}, absolute), links and special files are refused, a file over
 * the per-file limit is left out, and unpacking stops at the archive limit. Each refusal is one report line.
 */
public final class ExportMedia {

    private static final String UNPACKED = ".unpacked";

    private final @Nullable Path root;
    private final long fileLimit;

    private ExportMedia(@Nullable Path root, long fileLimit) {
        this.root = root;
        this.fileLimit = fileLimit;
    }

    /** No media (a feed, or an export given without its media). */
    public static ExportMedia none() {
        return new ExportMedia(null, 0);
    }

    /**
     * The media at {@code source} (a folder, or an archive unpacked into {@code workFolder} unless it already was).
     *
     * @param refused told (entry, reason) for each entry refused or left out
     * @throws IOException when the archive cannot be read at all (not a tar, damaged, over the archive limit)
     */
    public static ExportMedia open(@Nullable Path source, Path workFolder, long archiveLimit, long fileLimit,
                                   BiConsumer<String, String> refused) throws IOException {
        if (source == null) {
            return none();
        }
        if (Files.isDirectory(source)) {
            return new ExportMedia(source.toRealPath(), fileLimit);
        }
        if (!Files.isRegularFile(source)) {
            throw new IOException("The media " + source.getFileName() + " is neither a folder nor a file");
        }
        if (Files.size(source) > archiveLimit) {
            throw new IOException("The media archive is " + megabytes(Files.size(source)) + "; the limit is "
                    + megabytes(archiveLimit));
        }
        Path target = workFolder.resolve("media");
        if (!Files.exists(target.resolve(UNPACKED))) {
            unpack(source, target, archiveLimit, fileLimit, refused);
        }
        return new ExportMedia(target.toRealPath(), fileLimit);
    }

    private static void unpack(Path archive, Path target, long archiveLimit, long fileLimit,
                               BiConsumer<String, String> refused) throws IOException {
        Files.createDirectories(target);
        Path base = target.toRealPath();
        long total = 0;
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(archive), 65_536);
             TarArchive tar = new TarArchive(gzipped(archive) ? new GZIPInputStream(raw, 65_536) : raw)) {
            for (var entry = tar.next(); entry != null; entry = tar.next()) {
                if (entry.folder()) {
                    continue;
                }
                String name = entry.name();
                Optional<Path> inside = TarArchive.inside(base, name);
                if (inside.isEmpty()) {
                    refused.accept(name, "refused: the archive entry points outside the media folder");
                    continue;
                }
                Path out = inside.get();
                if (!entry.file()) {
                    refused.accept(name, entry.link()
                            ? "refused: links in a media archive are not followed" : "refused: not a plain file");
                    continue;
                }
                if (entry.size() > fileLimit) {
                    refused.accept(name, "left out: the file is " + megabytes(entry.size()) + "; the limit is "
                            + megabytes(fileLimit));
                    continue;
                }
                total += entry.size();
                if (total > archiveLimit) {
                    throw new IOException("The media archive unpacks to more than " + megabytes(archiveLimit));
                }
                Files.createDirectories(out.getParent());
                if (!out.getParent().toRealPath().startsWith(base)) {
                    refused.accept(name, "refused: the archive entry points outside the media folder");
                    continue;
                }
                Path part = out.resolveSibling(out.getFileName() + ".part");
                try (OutputStream file = Files.newOutputStream(part)) {
                    entry.content().transferTo(file);
                }
                Files.move(part, out, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (java.util.zip.ZipException e) {
            throw new IOException("The media archive is not a readable .tar.gz");
        }
        Files.writeString(target.resolve(UNPACKED), archive.getFileName().toString());
    }

    private static boolean gzipped(Path archive) throws IOException {
        try (InputStream in = Files.newInputStream(archive)) {
            byte[] magic = in.readNBytes(2);
            return magic.length == 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b;
        }
    }

    public boolean present() {
        return root != null;
    }

    /**
     * The bytes of the file at {@code path} inside the media, empty when there is none (or it is a link, leads
     * outside the media, or is over the per-file limit).
     */
    public Optional<byte[]> read(String path) throws IOException {
        Optional<Path> file = locate(path);
        if (file.isEmpty() || Files.size(file.get()) > fileLimit) {
            return Optional.empty();
        }
        return Optional.of(Files.readAllBytes(file.get()));
    }

    /** Whether the media hold a file at {@code path} (within the limits). */
    public boolean has(String path) {
        try {
            Optional<Path> file = locate(path);
            return file.isPresent() && Files.size(file.get()) <= fileLimit;
        } catch (IOException e) {
            return false;
        }
    }

    private Optional<Path> locate(String path) throws IOException {
        if (root == null || path.isBlank() || path.contains("\\")) {
            return Optional.empty();
        }
        String relative = path.replaceAll("^/+", "");
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                || !file.toRealPath().startsWith(root)) {
            return Optional.empty();
        }
        return Optional.of(file);
    }

    static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
    }
}
