package news.dateline.media.internal;

import java.util.Optional;

/** The formats the library accepts, recognised by their content (never by the file name). */
public enum ImageFormat {
    JPEG("image/jpeg"),
    PNG("image/png"),
    WEBP("image/webp");

    private final String contentType;

    ImageFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    /** The format the bytes start like, or empty when they are none of ours. */
    public static Optional<ImageFormat> sniff(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                && b[4] == 0x0D && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
            return Optional.of(PNG);
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    /**
     * Whether the file ends where its format says it ends: a JPEG with its end-of-image marker, a PNG with
     * its IEND chunk, a WebP as long as its RIFF header declares. Decoders quietly accept truncated files
     * (showing grey where data is missing), so this check runs first.
     */
    public boolean complete(byte[] b) {
        return switch (this) {
            case JPEG -> endsWithJpegEoi(b);
            case PNG -> b.length >= 12 && b[b.length - 8] == 'I' && b[b.length - 7] == 'E' && b[b.length - 6] == 'N'
                    && b[b.length - 5] == 'D';
            case WEBP -> b.length >= 12 && riffLength(b) + 8L <= b.length;
        };
    }

    private static boolean endsWithJpegEoi(byte[] b) {
        // Cameras sometimes pad after EOI; accept FFD9 within the last 64 bytes.
        for (int i = b.length - 2; i >= Math.max(2, b.length - 64); i--) {
            if ((b[i] & 0xFF) == 0xFF && (b[i + 1] & 0xFF) == 0xD9) {
                return true;
            }
        }
        return false;
    }

    private static long riffLength(byte[] b) {
        return (b[4] & 0xFFL) | (b[5] & 0xFFL) << 8 | (b[6] & 0xFFL) << 16 | (b[7] & 0xFFL) << 24;
    }
}
