package news.dateline.media.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilesystemStorageTest extends MediaStorageContractTest {

    @TempDir
    Path root;

    @Override
    protected MediaStorage storage() {
        return new FilesystemStorage(root.resolve("media"));
    }

    @Test
    void objectsArePlainFilesUnderTheRootWithNothingLeftBeside() throws IOException {
        MediaStorage storage = storage();
        storage.put("images/3fa9c2/1024.webp", new byte[] {1, 2, 3}, "image/webp");
        storage.put("images/3fa9c2/1024.webp", new byte[] {4, 5}, "image/webp");

        Path directory = root.resolve("media/images/3fa9c2");
        assertThat(Files.readAllBytes(directory.resolve("1024.webp"))).containsExactly(4, 5);
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("1024.webp");
        }
        assertThat(storage.describe()).isEqualTo("filesystem " + root.resolve("media").toAbsolutePath());
    }

    @Test
    void anUnusualContentTypeLivesInAHiddenSidecarThatGoesWithTheObject() throws IOException {
        MediaStorage storage = storage();
        storage.put("images/k1/data.bin", new byte[] {9}, "application/x-dateline-test");
        Path directory = root.resolve("media/images/k1");
        assertThat(directory.resolve(".data.bin.content-type")).hasContent("application/x-dateline-test");

        storage.put("images/k1/data.bin", new byte[] {9}, "application/octet-stream");
        // octet-stream is the fallback for unknown extensions, but it was asked for, so it is kept too
        assertThat(storage.get("images/k1/data.bin").orElseThrow().contentType()).isEqualTo("application/octet-stream");

        storage.put("images/k1/1.webp", new byte[] {1}, "image/png");
        storage.put("images/k1/1.webp", new byte[] {1}, "image/webp");
        assertThat(directory.resolve(".1.webp.content-type")).doesNotExist();

        storage.deletePrefix("images/k1/data");
        assertThat(directory.resolve(".data.bin.content-type")).doesNotExist();
        assertThat(storage.exists("images/k1/1.webp")).isTrue();
    }

    @Test
    void aFileWithoutSidecarTakesItsTypeFromItsExtension() throws IOException {
        Path directory = Files.createDirectories(root.resolve("media/images/m2"));
        Files.write(directory.resolve("a.jpeg"), new byte[] {1});
        Files.write(directory.resolve("b.png"), new byte[] {1});
        Files.write(directory.resolve("c.unknown"), new byte[] {1});

        MediaStorage storage = storage();
        assertThat(storage.get("images/m2/a.jpeg").orElseThrow().contentType()).isEqualTo("image/jpeg");
        assertThat(storage.get("images/m2/b.png").orElseThrow().contentType()).isEqualTo("image/png");
        assertThat(storage.get("images/m2/c.unknown").orElseThrow().contentType()).isEqualTo("application/octet-stream");
    }

    @Test
    void leftoverTemporaryFilesAreNeverObjectsAndGoWithTheirDirectory() throws IOException {
        MediaStorage storage = storage();
        storage.put("images/n3/1.webp", new byte[] {1}, "image/webp");
        Path directory = root.resolve("media/images/n3");
        Files.write(directory.resolve(".partial-0123456789abcdef.tmp"), new byte[] {1, 2});

        storage.deletePrefix("images/n3/");

        assertThat(directory).doesNotExist();
        assertThat(root.resolve("media/images")).isDirectory();
    }
}
