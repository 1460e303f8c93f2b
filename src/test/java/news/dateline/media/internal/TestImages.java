package news.dateline.media.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcRecord;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcTypes;
import org.apache.commons.imaging.formats.jpeg.iptc.JpegIptcRewriter;
import org.apache.commons.imaging.formats.jpeg.iptc.PhotoshopApp13Data;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/** Test images made on the fly: plain JPEG/PNG, and a "wire photo" carrying EXIF GPS, orientation and IPTC credit. */
final class TestImages {

    private TestImages() {
    }

    /** A landscape image, red on its left half and blue on its right, so orientation can be checked. */
    static BufferedImage halves(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return image;
    }

    static byte[] encode(BufferedImage image, String format) {
        try {
            var out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new java.io.ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JPEG with GPS coordinates, EXIF orientation 6 (rotate 90° clockwise) and an IPTC credit block. */
    static byte[] wirePhoto() {
        try {
            byte[] jpeg = encode(halves(400, 200), "jpeg");
            TiffOutputSet exif = new TiffOutputSet();
            exif.setGpsInDegrees(37.6173, 55.7558);
            exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) 6);
            var withExif = new ByteArrayOutputStream();
            new ExifRewriter().updateExifMetadataLossless(jpeg, withExif, exif);
            var iptc = new PhotoshopApp13Data(List.of(
                    new IptcRecord(IptcTypes.CREDIT, "Reuters"),
                    new IptcRecord(IptcTypes.BYLINE, "Jane Doe"),
                    new IptcRecord(IptcTypes.COPYRIGHT_NOTICE, "© 2025 Reuters"),
                    new IptcRecord(IptcTypes.CAPTION_ABSTRACT, "Drones over Moscow at dusk.")), List.of());
            var withIptc = new ByteArrayOutputStream();
            new JpegIptcRewriter().writeIptc(withExif.toByteArray(), withIptc, iptc);
            return withIptc.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("Could not build the test wire photo", e);
        }
    }
}
