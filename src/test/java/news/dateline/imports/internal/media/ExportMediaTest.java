package news.dateline.imports.internal.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Media archives are unpacked within bounds: nothing escapes the folder, links are not followed, limits hold. */
class ExportMediaTest {

    @TempDir
    Path temp;

    @Test
    void entriesEscapingTheFolderLinksAndOversizedFilesAreRefusedEachWithAReason() throws IOException {
        Path archive = temp.resolve("media.tar.gz");
        byte[] tar = tar(List.of(
                entry("wp-content/uploads/ok.jpg", '0', "fine".getBytes(StandardCharsets.UTF_8), ""),
                entry("../../escaped.jpg", '0', "evil".getBytes(StandardCharsets.UTF_8), ""),
                entry("/etc/absolute.jpg", '0', "evil".getBytes(StandardCharsets.UTF_8), ""),
                entry("wp-content/uploads/link.jpg", '2', new byte[0], "/etc/passwd"),
                entry("wp-content/uploads/big.jpg", '0', new byte[2048], "")));
        Files.write(archive, gzip(tar));
        List<String> refused = new ArrayList<>();
        Path work = Files.createDirectories(temp.resolve("job"));

        ExportMedia media = ExportMedia.open(archive, work, 1_000_000, 1024, (entry, reason) -> refused.add(entry + ": " + reason));

        assertThat(media.read("wp-content/uploads/ok.jpg")).hasValueSatisfying(b -> assertThat(new String(b, StandardCharsets.UTF_8)).isEqualTo("fine"));
        assertThat(refused).containsExactly(
                "../../escaped.jpg: refused: the archive entry points outside the media folder",
                "/etc/absolute.jpg: refused: the archive entry points outside the media folder",
                "wp-content/uploads/link.jpg: refused: links in a media archive are not followed",
                "wp-content/uploads/big.jpg: left out: the file is 0.0 MB; the limit is 0.0 MB");
        assertThat(temp.resolve("escaped.jpg")).doesNotExist();
        assertThat(media.has("wp-content/uploads/link.jpg")).isFalse();
        assertThat(media.read("../media.tar.gz")).isEmpty();
        assertThat(media.read("wp-content/uploads/missing.jpg")).isEmpty();
    }

    @Test
    void anArchiveOverItsLimitStopsWithASentence() throws IOException {
        Path archive = temp.resolve("bomb.tar.gz");
        Files.write(archive, gzip(tar(List.of(entry("a.jpg", '0', new byte[600], ""), entry("b.jpg", '0', new byte[600], "")))));
        Path work = Files.createDirectories(temp.resolve("job2"));

        assertThatThrownBy(() -> ExportMedia.open(archive, work, 1000, 10_000, (e, r) -> { }))
                .isInstanceOf(IOException.class).hasMessage("The media archive unpacks to more than 0.0 MB");
    }

    @Test
    void aFileThatIsNoArchiveIsRefused() throws IOException {
        Path archive = temp.resolve("not.tar");
        Files.writeString(archive, "hello, this is not a tar archive at all ".repeat(20));

        assertThatThrownBy(() -> ExportMedia.open(archive, Files.createDirectories(temp.resolve("job3")), 1_000_000,
                10_000, (e, r) -> { })).isInstanceOf(IOException.class).hasMessageContaining("Not a tar archive");
    }

    private record Entry(String name, char type, byte[] content, String link) {
    }

    private static Entry entry(String name, char type, byte[] content, String link) {
        return new Entry(name, type, content, link);
    }

    private static byte[] tar(List<Entry> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Entry e : entries) {
            byte[] h = new byte[512];
            put(h, 0, e.name().getBytes(StandardCharsets.UTF_8));
            put(h, 100, "0000644\0".getBytes(StandardCharsets.US_ASCII));
            put(h, 108, "0000000\0".getBytes(StandardCharsets.US_ASCII));
            put(h, 116, "0000000\0".getBytes(StandardCharsets.US_ASCII));
            put(h, 124, String.format("%011o\0", e.content().length).getBytes(StandardCharsets.US_ASCII));
            put(h, 136, "00000000000\0".getBytes(StandardCharsets.US_ASCII));
            h[156] = (byte) e.type();
            put(h, 157, e.link().getBytes(StandardCharsets.UTF_8));
            put(h, 257, "ustar\0".getBytes(StandardCharsets.US_ASCII));
            put(h, 263, "00".getBytes(StandardCharsets.US_ASCII));
            for (int i = 148; i < 156; i++) {
                h[i] = ' ';
            }
            long sum = 0;
            for (byte b : h) {
                sum += b & 0xff;
            }
            put(h, 148, String.format("%06o\0 ", sum).getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(h);
            out.writeBytes(e.content());
            out.writeBytes(new byte[(512 - e.content().length % 512) % 512]);
        }
        out.writeBytes(new byte[1024]);
        return out.toByteArray();
    }

    private static void put(byte[] header, int offset, byte[] value) {
        System.arraycopy(value, 0, header, offset, value.length);
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }
}
