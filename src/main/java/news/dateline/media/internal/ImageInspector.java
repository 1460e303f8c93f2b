package news.dateline.media.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import news.dateline.media.EmbeddedCredit;
import news.dateline.media.ImageRejected;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Decides whether uploaded bytes are an image the library accepts, by content: a size limit, a known
 * format, a complete file, and a pixel limit checked from the header before anything is decoded (so a
 * decompression bomb never reaches memory). Returns the pixels upright, with the file's own credit.
 */
@Component
public class ImageInspector {

    /** An accepted upload: its format, upright pixels and embedded credit. */
    public record Inspected(ImageFormat format, BufferedImage pixels, EmbeddedCredit credit) {
    }

    private final long maxBytes;
    private final long maxPixels;

    public ImageInspector(@Value("${dateline.media.max-upload-size:25MB}") DataSize maxSize,
                          @Value("${dateline.media.max-pixels:50000000}") long maxPixels) {
        this.maxBytes = maxSize.toBytes();
        this.maxPixels = maxPixels;
    }

    public Inspected inspect(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new ImageRejected("The file is empty.");
        }
        if (bytes.length > maxBytes) {
            throw new ImageRejected("The file is " + megabytes(bytes.length) + "; the limit is " + megabytes(maxBytes) + ".");
        }
        ImageFormat format = ImageFormat.sniff(bytes)
                .orElseThrow(() -> new ImageRejected("This is not a JPEG, PNG or WebP image."));
        if (!format.complete(bytes)) {
            throw new ImageRejected("The " + format.name() + " file is incomplete (it was cut off during upload or copying).");
        }
        BufferedImage pixels = decode(bytes, format);
        var metadata = EmbeddedMetadata.of(bytes);
        return new Inspected(format, Orientation.apply(pixels, metadata.orientation()), metadata.credit());
    }

    private BufferedImage decode(byte[] bytes, ImageFormat format) {
        WebpSupport.register();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(format.contentType());
            if (!readers.hasNext()) {
                throw new ImageRejected("This server cannot read " + format.name() + " images.");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width < 1 || height < 1) {
                    throw new ImageRejected("The image has no pixels.");
                }
                if (width * height > maxPixels) {
                    throw new ImageRejected("The image is " + width + " × " + height + " pixels; the limit is "
                            + (maxPixels / 1_000_000) + " megapixels.");
                }
                BufferedImage image = reader.read(0);
                if (image == null) {
                    throw new ImageRejected("The image could not be read.");
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImageRejected rejected) {
                throw rejected;
            }
            throw new ImageRejected("The " + format.name() + " file is damaged and cannot be read.");
        }
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
