package news.dateline.media.internal;

import com.adobe.internal.xmp.XMPMeta;
import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import java.io.ByteArrayInputStream;
import news.dateline.media.EmbeddedCredit;

/**
 * Reads what the library needs from a file's metadata: the EXIF orientation, and the IPTC (or XMP)
 * caption, credit, creator and copyright notice. Unreadable metadata is simply absent, never an error.
 */
final class EmbeddedMetadata {

    record Read(int orientation, EmbeddedCredit credit) {
    }

    private EmbeddedMetadata() {
    }

    static Read of(byte[] bytes) {
        Metadata metadata;
        try {
            metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
        } catch (Exception | StackOverflowError e) {
            return new Read(1, EmbeddedCredit.NONE);
        }
        int orientation = 1;
        ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
        if (exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
            Integer value = exif.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
            orientation = value == null || value < 1 || value > 8 ? 1 : value;
        }
        IptcDirectory iptc = metadata.getFirstDirectoryOfType(IptcDirectory.class);
        XmpDirectory xmp = metadata.getFirstDirectoryOfType(XmpDirectory.class);
        XMPMeta meta = xmp == null ? null : xmp.getXMPMeta();
        EmbeddedCredit credit = new EmbeddedCredit(
                first(iptc, IptcDirectory.TAG_CAPTION, meta, "http://purl.org/dc/elements/1.1/", "description"),
                first(iptc, IptcDirectory.TAG_CREDIT, meta, "http://ns.adobe.com/photoshop/1.0/", "Credit"),
                first(iptc, IptcDirectory.TAG_BY_LINE, meta, "http://purl.org/dc/elements/1.1/", "creator"),
                first(iptc, IptcDirectory.TAG_COPYRIGHT_NOTICE, meta, "http://purl.org/dc/elements/1.1/", "rights"));
        return new Read(orientation, credit);
    }

    private static String first(IptcDirectory iptc, int tag, XMPMeta xmp, String namespace, String property) {
        if (iptc != null && iptc.getString(tag) != null && !iptc.getString(tag).isBlank()) {
            return iptc.getString(tag);
        }
        return xmp == null ? "" : xmpValue(xmp, namespace, property);
    }

    /** A simple property, the first item of an array (dc:creator) or the default language of a lang-alt (dc:rights). */
    private static String xmpValue(XMPMeta xmp, String namespace, String property) {
        try {
            var alt = xmp.getLocalizedText(namespace, property, null, "x-default");
            if (alt != null && alt.getValue() != null) {
                return alt.getValue();
            }
        } catch (Exception ignored) {
            // not a language alternative
        }
        try {
            var item = xmp.getArrayItem(namespace, property, 1);
            if (item != null && item.getValue() != null) {
                return item.getValue();
            }
        } catch (Exception ignored) {
            // not an array
        }
        try {
            var simple = xmp.getPropertyString(namespace, property);
            return simple == null ? "" : simple;
        } catch (Exception e) {
            return "";
        }
    }
}
