package news.dateline.demo.art;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Draws every demo illustration once and writes it as {@code <key>.jpg} (the key the demo stories' {@code image}
 * and the demo people's {@code photo} name) into the demo's image folder, where the demo loader finds them on the
 * classpath. Deterministic: the same drawing code gives the same bytes. Run from the worktree (see the demo
 * section of README.md):
 *
 * <pre>bench/demo-art.sh</pre>
 */
public final class MakeDemoArt {

    /** JPEG quality of the files: the media library keeps its master at 0.92 and makes every rendition from it. */
    static final float QUALITY = 0.92f;
    static final Path DEFAULT_FOLDER = Path.of("src/main/resources/demo/images");

    private MakeDemoArt() {
    }

    /** Optional argument: the folder to write to (default {@code src/main/resources/demo/images}). */
    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Path folder = args.length > 0 ? Path.of(args[0]) : DEFAULT_FOLDER;
        Files.createDirectories(folder);
        long total = 0;
        for (String key : Illustrations.keys()) {
            BufferedImage image = Illustrations.draw(key);
            Path file = folder.resolve(key + ".jpg");
            try (OutputStream out = Files.newOutputStream(file)) {
                writeJpeg(image, out);
            }
            total += Files.size(file);
            System.out.printf(Locale.ROOT, "%-32s %4d x %4d  %,9d bytes%n", file.getFileName(), image.getWidth(),
                    image.getHeight(), Files.size(file));
        }
        System.out.printf(Locale.ROOT, "%d images, %,d bytes in %s%n", Illustrations.keys().size(), total, folder);
    }

    static void writeJpeg(BufferedImage image, OutputStream out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
