package news.dateline.pagecache.internal;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Brotli compression through brotli4j's native library, when it loads on this platform (gzip otherwise). */
final class Brotli {

    private static final boolean AVAILABLE = load();
    private static final Encoder.Parameters PARAMETERS = new Encoder.Parameters().setQuality(9).setWindow(22);

    private Brotli() {
    }

    static boolean available() {
        return AVAILABLE;
    }

    static byte[] compress(byte[] bytes) {
        try {
            return Encoder.compress(bytes, PARAMETERS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean load() {
        try {
            Brotli4jLoader.ensureAvailability();
            return true;
        } catch (Throwable unavailable) {
            return false;
        }
    }
}
