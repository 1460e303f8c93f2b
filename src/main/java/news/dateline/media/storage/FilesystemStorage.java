package news.dateline.media.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Media storage in a local directory ({@code <dateline.data-dir>/media} in the application): key
 * {@code images/3fa9c2/1024.webp} is the file {@code <root>/images/3fa9c2/1024.webp}.
 *
 * <p>Each object is written to a temporary file beside its target, flushed to disk and renamed into
 * place with {@link StandardCopyOption#ATOMIC_MOVE}, so a reader sees the old object or the new one,
 * never part of one. The content type is implied by the file extension ({@code jpg}/{@code jpeg},
 * {@code png}, {@code webp}, {@code gif}, {@code avif}); any other type is kept in a small sidecar file
 * {@code .<name>.content-type}. Temporary and sidecar files start with a dot, which no key segment may,
 * so they can never be mistaken for objects.
 *
 * <p>A key cannot name both an object and a "directory" of other objects here (as it could in S3);
 * putting such a key fails with an {@link UncheckedIOException}. Media keys never need that.
 */
public final class FilesystemStorage implements MediaStorage {

    private static final Map<String, String> TYPES_BY_EXTENSION = Map.of(
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "png", "image/png",
            "webp", "image/webp",
            "gif", "image/gif",
            "avif", "image/avif");
    private static final String FALLBACK_TYPE = "application/octet-stream";
    private static final String SIDECAR_SUFFIX = ".content-type";
    private static final String TEMP_PREFIX = ".partial-";
    private static final String TEMP_SUFFIX = ".tmp";
    /** A put retries when a concurrent {@link #deletePrefix} removes the directory under it. */
    private static final int PUT_ATTEMPTS = 3;

    private final Path root;
    private final SecureRandom random = new SecureRandom();

    public FilesystemStorage(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    @Override
    public void put(String key, byte[] bytes, String contentType) {
        Path target = pathOf(MediaStorage.checkKey(key));
        MediaStorage.checkContentType(contentType);
        if (bytes == null) {
            throw new IllegalArgumentException("bytes are required");
        }
        boolean implied = contentType.equals(impliedType(target));
        for (int attempt = 1; ; attempt++) {
            try {
                Files.createDirectories(target.getParent());
                if (!implied) {
                    writeAtomically(sidecarOf(target), contentType.getBytes(StandardCharsets.US_ASCII));
                }
                writeAtomically(target, bytes);
                if (implied) {
                    Files.deleteIfExists(sidecarOf(target));
                }
                syncDirectory(target.getParent());
                return;
            } catch (NoSuchFileException e) {
                if (attempt == PUT_ATTEMPTS) {
                    throw new UncheckedIOException("Could not store " + key + " in " + root, e);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not store " + key + " in " + root, e);
            }
        }
    }

    @Override
    public Optional<StoredObject> get(String key) {
        Path path = pathOf(MediaStorage.checkKey(key));
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            if (Files.isDirectory(path)) {
                return Optional.empty();
            }
            throw new UncheckedIOException("Could not read " + key + " from " + root, e);
        }
        return Optional.of(new StoredObject(bytes, contentTypeOf(path)));
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(pathOf(MediaStorage.checkKey(key)));
    }

    @Override
    public void deletePrefix(String prefix) {
        MediaStorage.checkPrefix(prefix);
        int slash = prefix.lastIndexOf('/');
        Path directory = slash < 0 ? root : pathOf(prefix.substring(0, slash));
        String namePrefix = prefix.substring(slash + 1);
        try {
            if (!Files.isDirectory(directory)) {
                return;
            }
            if (namePrefix.isEmpty()) {
                // "images/3fa9c2/": exactly the objects under that directory
                deleteTree(directory);
                return;
            }
            try (DirectoryStream<Path> children = Files.newDirectoryStream(directory)) {
                for (Path child : children) {
                    String name = child.getFileName().toString();
                    if (name.startsWith(".")) {
                        // a sidecar whose object matches (left behind or about to go); in-flight temporary files stay
                        if (name.endsWith(SIDECAR_SUFFIX) && name.length() > SIDECAR_SUFFIX.length() + 1
                                && name.substring(1, name.length() - SIDECAR_SUFFIX.length()).startsWith(namePrefix)) {
                            Files.deleteIfExists(child);
                        }
                    } else if (name.startsWith(namePrefix)) {
                        if (Files.isDirectory(child)) {
                            deleteTree(child);
                        } else {
                            Files.deleteIfExists(child);
                            Files.deleteIfExists(sidecarOf(child));
                        }
                    }
                }
            }
            if (!directory.equals(root)) {
                deleteIfEmpty(directory);
            }
        } catch (NoSuchFileException e) {
            // removed concurrently: nothing left to delete
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + prefix + "* from " + root, e);
        }
    }

    @Override
    public java.util.stream.Stream<String> keys() {
        if (!Files.isDirectory(root)) {
            return java.util.stream.Stream.empty();
        }
        try {
            return Files.walk(root)
                    .filter(Files::isRegularFile)
                    // temporary and sidecar files start with a dot, which no key segment may
                    .filter(path -> java.util.stream.StreamSupport.stream(root.relativize(path).spliterator(), false)
                            .noneMatch(segment -> segment.toString().startsWith(".")))
                    .map(path -> root.relativize(path).toString().replace(java.io.File.separatorChar, '/'));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + root, e);
        }
    }

    @Override
    public String describe() {
        return "filesystem " + root;
    }

    @Override
    public String toString() {
        return describe();
    }

    private Path pathOf(String validKey) {
        Path path = root.resolve(validKey).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("Invalid media storage key: " + validKey);
        }
        return path;
    }

    private static Path sidecarOf(Path file) {
        return file.resolveSibling("." + file.getFileName() + SIDECAR_SUFFIX);
    }

    private static String impliedType(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? null : TYPES_BY_EXTENSION.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static String contentTypeOf(Path file) {
        try {
            String stored = Files.readString(sidecarOf(file), StandardCharsets.US_ASCII);
            if (!stored.isBlank()) {
                return stored;
            }
        } catch (NoSuchFileException e) {
            // the usual case: the extension says it
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the content type of " + file, e);
        }
        String implied = impliedType(file);
        return implied == null ? FALLBACK_TYPE : implied;
    }

    private void writeAtomically(Path target, byte[] bytes) throws IOException {
        byte[] suffix = new byte[8];
        random.nextBytes(suffix);
        Path temporary = target.resolveSibling(TEMP_PREFIX + HexFormat.of().formatHex(suffix) + TEMP_SUFFIX);
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            moved = true;
        } finally {
            if (!moved) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // a leftover temporary file is never read as an object
                }
            }
        }
    }

    /** Makes the rename durable where the platform allows it (Linux, macOS); elsewhere the rename alone must do. */
    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // not supported for directories on this platform
        }
    }

    private static void deleteIfEmpty(Path directory) throws IOException {
        try {
            Files.deleteIfExists(directory);
        } catch (DirectoryNotEmptyException e) {
            // other objects remain, or one was put concurrently
        }
    }

    private static void deleteTree(Path top) throws IOException {
        Files.walkFileTree(top, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path directory, IOException e) throws IOException {
                if (e != null && !(e instanceof NoSuchFileException)) {
                    throw e;
                }
                deleteIfEmpty(directory);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
