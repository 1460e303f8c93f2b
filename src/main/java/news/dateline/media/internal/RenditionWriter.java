package news.dateline.media.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import news.dateline.platform.DataDirectory;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Writes an image's original (as a high-quality JPEG) and its responsive JPEG renditions under {@code <data-dir>/media/<key>/}.
 * Files are written to a temporary directory and moved into place in one step, so a reader never
 * sees a half-written image and a failure leaves nothing behind.
 */
@Component
public class RenditionWriter {

    /** Responsive widths offered in {@code srcset}; an image gets those not wider than itself. */
    public static final List<Integer> WIDTHS = List.of(320, 480, 640, 800, 1024, 1280, 1600, 2048);

    private final Path root;
    private final SecureRandom random = new SecureRandom();

    public RenditionWriter(DataDirectory dataDirectory) {
        this.root = dataDirectory.resolve("media");
    }

    public record Stored(String storageKey, int width, int height, List<Integer> widths) {
    }

    public Stored write(BufferedImage original) {
        String key = newKey();
        Path temporary = root.resolve(".incoming-" + key);
        try {
            Files.createDirectories(temporary);
            JpegEncoder.write(Resampler.resize(original, original.getWidth(), original.getHeight()),
                    temporary.resolve("original.jpg"), JpegEncoder.ORIGINAL_QUALITY);
            List<Integer> widths = widthsFor(original.getWidth());
            for (int width : widths) {
                int height = Math.max(1, Math.round((float) original.getHeight() * width / original.getWidth()));
                JpegEncoder.write(Resampler.resize(original, width, height), temporary.resolve(width + ".jpg"),
                        JpegEncoder.WEB_QUALITY);
            }
            Files.move(temporary, root.resolve(key), StandardCopyOption.ATOMIC_MOVE);
            return new Stored(key, original.getWidth(), original.getHeight(), widths);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store the image", e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    static List<Integer> widthsFor(int originalWidth) {
        List<Integer> widths = new ArrayList<>(WIDTHS.stream().filter(w -> w <= originalWidth).toList());
        if (widths.isEmpty() || (originalWidth < WIDTHS.get(WIDTHS.size() - 1) && widths.get(widths.size() - 1) < originalWidth)) {
            widths.add(originalWidth);
        }
        return widths;
    }

    private String newKey() {
        byte[] bytes = new byte[9];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static void deleteQuietly(Path directory) {
        try {
            FileSystemUtils.deleteRecursively(directory);
        } catch (IOException ignored) {
            // a leftover temporary directory is harmless and is never served
        }
    }
}
