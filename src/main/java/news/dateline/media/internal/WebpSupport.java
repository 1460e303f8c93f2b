package news.dateline.media.internal;

import com.luciad.imageio.webp.WebPImageReaderSpi;
import com.luciad.imageio.webp.WebPImageWriterSpi;
import javax.imageio.spi.IIORegistry;

/**
 * Registers the WebP reader and writer with ImageIO explicitly. ImageIO discovers plug-ins through the class
 * loader that first touches it, which inside the packaged (nested) jar does not see the libraries, so
 * automatic discovery works in tests but not in production.
 */
final class WebpSupport {

    private static volatile boolean registered;

    private WebpSupport() {
    }

    static void register() {
        if (!registered) {
            synchronized (WebpSupport.class) {
                if (!registered) {
                    IIORegistry registry = IIORegistry.getDefaultInstance();
                    registry.registerServiceProvider(new WebPImageReaderSpi());
                    registry.registerServiceProvider(new WebPImageWriterSpi());
                    registered = true;
                }
            }
        }
    }
}
