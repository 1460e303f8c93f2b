package news.dateline.media.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Encodes renditions for the web as JPEG and WebP. Pixels are written without any metadata, so nothing
 * private in an upload (GPS position, camera serial numbers) is ever served.
 */
final class WebEncoder {

    static final float JPEG_QUALITY = 0.82f;
    static final float WEBP_QUALITY = 0.78f;

    private WebEncoder() {
    }

    static byte[] jpeg(BufferedImage rgb, float quality) {
        return encode(rgb, "image/jpeg", quality, null);
    }

    static byte[] webp(BufferedImage rgb, float quality) {
        return encode(rgb, "image/webp", quality, "Lossy");
    }

    private static byte[] encode(BufferedImage image, String mimeType, float quality, String compressionType) {
        WebpSupport.register();
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByMIMEType(mimeType);
        if (!writers.hasNext()) {
            throw new IllegalStateException("No " + mimeType + " encoder available");
        }
        ImageWriter writer = writers.next();
        var bytes = new ByteArrayOutputStream();
        try (var out = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (param.canWriteCompressed()) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                String[] types = param.getCompressionTypes();
                if (compressionType != null && types != null && Arrays.asList(types).contains(compressionType)) {
                    param.setCompressionType(compressionType);
                }
                param.setCompressionQuality(quality);
            }
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not encode " + mimeType, e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
