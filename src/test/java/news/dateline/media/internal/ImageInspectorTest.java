package news.dateline.media.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import news.dateline.media.ImageRejected;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** Uploads are judged by content: format, completeness, size and pixel limits; wire metadata is read. */
class ImageInspectorTest {

    private final ImageInspector inspector = new ImageInspector(DataSize.ofMegabytes(25), 50_000_000);

    @Test
    void acceptsJpegPngAndWebpByContentWhateverTheirName() {
        var image = TestImages.halves(64, 32);
        assertThat(inspector.inspect(TestImages.encode(image, "jpeg")).format()).isEqualTo(ImageFormat.JPEG);
        assertThat(inspector.inspect(TestImages.encode(image, "png")).format()).isEqualTo(ImageFormat.PNG);
        var webp = inspector.inspect(TestImages.encode(image, "webp"));
        assertThat(webp.format()).isEqualTo(ImageFormat.WEBP);
        assertThat(webp.pixels().getWidth()).isEqualTo(64);
    }

    @Test
    void readsTheWirePhotosCreditAndStandsItUpright() {
        var inspected = inspector.inspect(TestImages.wirePhoto());
        assertThat(inspected.credit().credit()).isEqualTo("Reuters");
        assertThat(inspected.credit().creator()).isEqualTo("Jane Doe");
        assertThat(inspected.credit().copyrightNotice()).isEqualTo("© 2025 Reuters");
        assertThat(inspected.credit().caption()).isEqualTo("Drones over Moscow at dusk.");
        assertThat(inspected.pixels().getWidth()).isEqualTo(200);
        assertThat(inspected.pixels().getHeight()).isEqualTo(400);
        int top = inspected.pixels().getRGB(100, 20);
        int bottom = inspected.pixels().getRGB(100, 380);
        assertThat((top >> 16) & 0xFF).as("red on top after a 90° clockwise turn").isGreaterThan(200);
        assertThat(bottom & 0xFF).as("blue at the bottom").isGreaterThan(200);
    }

    @Test
    void refusesWhatIsNotAnImage() {
        assertThatThrownBy(() -> inspector.inspect("<html>hello</html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ImageRejected.class).hasMessageContaining("not a JPEG, PNG or WebP");
        assertThatThrownBy(() -> inspector.inspect(new byte[0])).hasMessageContaining("empty");
    }

    @Test
    void refusesFilesOverTheSizeLimit() {
        var small = new ImageInspector(DataSize.ofKilobytes(1), 50_000_000);
        assertThatThrownBy(() -> small.inspect(TestImages.encode(TestImages.halves(400, 400), "png")))
                .isInstanceOf(ImageRejected.class).hasMessageContaining("the limit is");
    }

    @Test
    void refusesTruncatedFiles() {
        byte[] jpeg = TestImages.encode(TestImages.halves(300, 200), "jpeg");
        byte[] png = TestImages.encode(TestImages.halves(300, 200), "png");
        assertThatThrownBy(() -> inspector.inspect(Arrays.copyOf(jpeg, jpeg.length / 2)))
                .isInstanceOf(ImageRejected.class).hasMessageContaining("incomplete");
        assertThatThrownBy(() -> inspector.inspect(Arrays.copyOf(png, png.length - 20)))
                .isInstanceOf(ImageRejected.class).hasMessageContaining("incomplete");
    }

    @Test
    void refusesADecompressionBombFromItsHeaderBeforeDecodingIt() throws Exception {
        byte[] bomb = pngClaiming(100_000, 100_000);
        assertThatThrownBy(() -> inspector.inspect(bomb))
                .isInstanceOf(ImageRejected.class).hasMessageContaining("100000 × 100000").hasMessageContaining("50 megapixels");
    }

    @Test
    void refusesCorruptData() {
        byte[] jpeg = TestImages.encode(TestImages.halves(300, 200), "jpeg");
        byte[] corrupt = jpeg.clone();
        for (int i = 2; i < 200; i++) {
            corrupt[i] = (byte) 0x00;
        }
        assertThatThrownBy(() -> inspector.inspect(corrupt)).isInstanceOf(ImageRejected.class);
    }

    /** A tiny, valid PNG whose header claims huge dimensions (the data is one empty zlib stream). */
    private static byte[] pngClaiming(int width, int height) throws Exception {
        var out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        var ihdr = new ByteArrayOutputStream();
        var data = new java.io.DataOutputStream(ihdr);
        data.writeInt(width);
        data.writeInt(height);
        data.write(new byte[] {8, 2, 0, 0, 0});
        chunk(out, "IHDR", ihdr.toByteArray());
        var deflater = new java.util.zip.Deflater();
        deflater.setInput(new byte[0]);
        deflater.finish();
        byte[] buffer = new byte[64];
        int n = deflater.deflate(buffer);
        chunk(out, "IDAT", Arrays.copyOf(buffer, n));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] body) throws Exception {
        var data = new java.io.DataOutputStream(out);
        data.writeInt(body.length);
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        data.write(typeBytes);
        data.write(body);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(body);
        data.writeInt((int) crc.getValue());
    }
}
