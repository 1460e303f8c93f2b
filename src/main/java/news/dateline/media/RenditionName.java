package news.dateline.media;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of one rendition file: {@code 1024.webp} (full picture, 1024 px wide) or {@code 16x9-50-40-1024.jpg}
 * (16:9 crop around the focal point at 50 % across and 40 % down, 1024 px wide). The focal point is part of
 * the name, so a rendition's bytes never change and it can be cached forever.
 */
public record RenditionName(Crop crop, int focalX, int focalY, int width, String format) {

    private static final Pattern NAME = Pattern.compile("(?:(16x9|4x3|1x1)-(\\d{1,3})-(\\d{1,3})-)?(\\d{2,4})\\.(jpg|webp)");

    public static Optional<RenditionName> parse(String name) {
        Matcher m = NAME.matcher(name == null ? "" : name);
        if (!m.matches()) {
            return Optional.empty();
        }
        Crop crop = m.group(1) == null ? null : switch (m.group(1)) {
            case "16x9" -> Crop.WIDE;
            case "4x3" -> Crop.STANDARD;
            default -> Crop.SQUARE;
        };
        int fx = m.group(2) == null ? 50 : Integer.parseInt(m.group(2));
        int fy = m.group(3) == null ? 50 : Integer.parseInt(m.group(3));
        if (fx > 100 || fy > 100) {
            return Optional.empty();
        }
        return Optional.of(new RenditionName(crop, fx, fy, Integer.parseInt(m.group(4)), m.group(5)));
    }

    public String contentType() {
        return format.equals("webp") ? "image/webp" : "image/jpeg";
    }

    @Override
    public String toString() {
        return (crop == null ? "" : crop.key() + "-" + focalX + "-" + focalY + "-") + width + "." + format;
    }
}
