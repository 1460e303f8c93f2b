package news.dateline.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one tar reader (import media archives, site backups): entries, long names, and what it refuses. */
class TarArchiveTest {

    @TempDir
    Path dir;

    @Test
    void filesFoldersLinksAndGnuLongNamesAreStreamedInOrder() throws IOException {
        String longName = "uploads/" + "ä".repeat(80) + ".jpg";
        var out = new ByteArrayOutputStream();
        out.writeBytes(header("uploads/", '5', 0));
        out.writeBytes(header("././@LongLink", 'L', longName.getBytes(StandardCharsets.UTF_8).length + 1));
        out.writeBytes(padded((longName + "\0").getBytes(StandardCharsets.UTF_8)));
        out.writeBytes(header("ignored", '0', 5));
        out.writeBytes(padded("hello".getBytes(StandardCharsets.US_ASCII)));
        out.writeBytes(header("link.jpg", '2', 0));
        out.writeBytes(new byte[1024]);
        try (var tar = new TarArchive(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(tar.next()).satisfies(e -> assertThat(e.folder()).isTrue());
            var file = tar.next();
            assertThat(file.name()).isEqualTo(longName);
            assertThat(file.file()).isTrue();
            assertThat(new String(file.content().readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("hello");
            assertThat(tar.next()).satisfies(e -> assertThat(e.link()).isTrue());
            assertThat(tar.next()).isNull();
        }
    }

    @Test
    void anOversizedLongNameADamagedHeaderAndATruncatedArchiveAreRefused() {
        byte[] huge = header("././@LongLink", 'L', 10_000_000);
        assertThatThrownBy(() -> new TarArchive(new ByteArrayInputStream(huge)).next())
                .isInstanceOf(IOException.class).hasMessageContaining("oversized");
        byte[] damaged = header("a.jpg", '0', 0);
        damaged[0] = 'b';
        assertThatThrownBy(() -> new TarArchive(new ByteArrayInputStream(damaged)).next())
                .hasMessageContaining("checksum");
        byte[] truncated = Arrays.copyOf(header("a.jpg", '0', 2000), 512 + 100);
        assertThatThrownBy(() -> {
            var entry = new TarArchive(new ByteArrayInputStream(truncated)).next();
            entry.content().readAllBytes();
        }).isInstanceOf(EOFException.class);
    }

    @Test
    void namesLeadingOutOfTheFolderHaveNoPlaceInIt() {
        Path base = dir.toAbsolutePath();
        assertThat(TarArchive.inside(base, "2026/01/a.jpg")).hasValue(base.resolve("2026/01/a.jpg"));
        assertThat(TarArchive.inside(base, "../etc/passwd")).isEmpty();
        assertThat(TarArchive.inside(base, "a/../../b")).isEmpty();
        assertThat(TarArchive.inside(base, "/etc/passwd")).isEmpty();
        assertThat(TarArchive.inside(base, "a\\..\\b")).isEmpty();
        assertThat(TarArchive.inside(base, ".")).isEmpty();
        assertThat(TarArchive.inside(base, "")).isEmpty();
    }

    private static byte[] header(String name, char type, long size) {
        byte[] h = new byte[512];
        put(h, 0, name.getBytes(StandardCharsets.UTF_8));
        put(h, 100, "0000644\0".getBytes(StandardCharsets.US_ASCII));
        put(h, 124, String.format("%011o\0", size).getBytes(StandardCharsets.US_ASCII));
        h[156] = (byte) type;
        put(h, 257, "ustar\0".getBytes(StandardCharsets.US_ASCII));
        Arrays.fill(h, 148, 156, (byte) ' ');
        long sum = 0;
        for (byte b : h) {
            sum += b & 0xff;
        }
        put(h, 148, String.format("%06o\0 ", sum).getBytes(StandardCharsets.US_ASCII));
        return h;
    }

    private static byte[] padded(byte[] content) {
        return Arrays.copyOf(content, (content.length + 511) / 512 * 512);
    }

    private static void put(byte[] header, int offset, byte[] value) {
        System.arraycopy(value, 0, header, offset, value.length);
    }
}
