package news.dateline.media.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import news.dateline.media.Image;
import news.dateline.media.RenditionName;
import news.dateline.media.storage.MediaStorage;
import news.dateline.media.storage.MediaStorage.StoredObject;
import org.springframework.stereotype.Component;

/**
 * Keeps each image's upright, metadata-free master and makes renditions from it: responsive widths and
 * crops, in JPEG and WebP. A rendition is generated the first time it is asked for and then stored, so an
 * upload is quick and every rendition is computed once (by whichever node is asked first; the result is
 * the same bytes either way).
 */
@Component
public class Renditions {

    static final float MASTER_QUALITY = 0.92f;

    private final MediaStorage storage;
    private final boolean warmUp;
    private final SecureRandom random = new SecureRandom();
    /** One low-priority background thread: warming up must never take both cores from readers. */
    private final java.util.concurrent.ExecutorService warmer = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "rendition-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });

    public Renditions(MediaStorage storage, @org.springframework.beans.factory.annotation.Value("${dateline.media.warm-up:true}") boolean warmUp) {
        this.storage = storage;
        this.warmUp = warmUp;
    }

    /** Stores the master (and the untouched upload, never served) under a new key; returns the key. */
    public String storeMaster(BufferedImage upright, byte[] original, String originalType) {
        String key = newKey();
        if (original != null) {
            storage.put(prefix(key) + "original", original, originalType);
        }
        storage.put(prefix(key) + "master.jpg", WebEncoder.jpeg(Resampler.resize(upright, upright.getWidth(),
                upright.getHeight()), MASTER_QUALITY), "image/jpeg");
        return key;
    }

    /**
     * The rendition {@code name} of the image under {@code storageKey} if it was made and stored before; looked up in
     * storage only (no database). Only rendition names qualify: masters and originals are never answered.
     */
    public Optional<StoredObject> stored(String storageKey, String name) {
        return RenditionName.parse(name).flatMap(parsed -> storage.get(prefix(storageKey) + parsed));
    }

    /**
     * The rendition {@code name} of {@code image}, generated now if it does not exist yet; empty if not offered.
     * Only what pages use is made on request: the image's responsive widths, and crops around its saved focal
     * point. A crop around an earlier focal point is served if it was made while that point was saved (pages
     * cached elsewhere may still show it), never made anew; so the URL space cannot make files or CPU work.
     */
    public Optional<StoredObject> rendition(Image image, String name) {
        var parsed = RenditionName.parse(name).filter(n -> offered(image, n));
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        String key = prefix(image.storageKey()) + parsed.get();
        var stored = storage.get(key);
        if (stored.isPresent() || !current(image, parsed.get())) {
            return stored;
        }
        var master = storage.get(prefix(image.storageKey()) + "master.jpg");
        if (master.isEmpty()) {
            return Optional.empty();
        }
        byte[] bytes = render(decode(master.get().bytes()), parsed.get());
        storage.put(key, bytes, parsed.get().contentType());
        return Optional.of(new StoredObject(bytes, parsed.get().contentType()));
    }

    /**
     * Makes, in the background, the renditions pages ask for first (the card thumbnail and the hero's common
     * width, in both formats), so the first readers of a new image do not wait for them. Best effort: a
     * failure here only means the rendition is made on its first request instead.
     */
    public void warmUp(Image image) {
        if (!warmUp) {
            return;
        }
        warmer.execute(() -> {
            try {
                int card = image.cropWidths(news.dateline.media.Crop.WIDE).stream().filter(w -> w >= 480).findFirst()
                        .orElse(image.cropWidths(news.dateline.media.Crop.WIDE).get(0));
                int hero = image.widthFor(1024);
                for (String format : List.of("webp", "jpg")) {
                    rendition(image, new RenditionName(news.dateline.media.Crop.WIDE, percent(image.focalX()),
                            percent(image.focalY()), card, format).toString());
                    rendition(image, new RenditionName(null, 50, 50, hero, format).toString());
                }
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(Renditions.class).warn("Could not prepare renditions of {}", image.storageKey(), e);
            }
        });
    }

    private static int percent(double fraction) {
        return (int) Math.round(Math.max(0, Math.min(1, fraction)) * 100);
    }

    public void delete(String storageKey) {
        storage.deletePrefix(prefix(storageKey));
    }

    public static List<Integer> widthsFor(int originalWidth) {
        return Image.offeredWidths(originalWidth);
    }

    private static boolean offered(Image image, RenditionName name) {
        if (name.crop() == null) {
            return image.renditionWidths().contains(name.width());
        }
        int[] region = name.crop().region(image.width(), image.height(), name.focalX() / 100.0, name.focalY() / 100.0);
        return widthsFor(region[2]).contains(name.width());
    }

    /** Whether a crop is centred on the image's saved focal point (a full picture always is). */
    private static boolean current(Image image, RenditionName name) {
        return name.crop() == null
                || (name.focalX() == percent(image.focalX()) && name.focalY() == percent(image.focalY()));
    }

    private static byte[] render(BufferedImage master, RenditionName name) {
        BufferedImage source = master;
        if (name.crop() != null) {
            int[] r = name.crop().region(master.getWidth(), master.getHeight(), name.focalX() / 100.0, name.focalY() / 100.0);
            source = master.getSubimage(r[0], r[1], r[2], r[3]);
        }
        int height = Math.max(1, Math.round((float) source.getHeight() * name.width() / source.getWidth()));
        BufferedImage sized = Resampler.resize(source, name.width(), height);
        return name.format().equals("webp") ? WebEncoder.webp(sized, WebEncoder.WEBP_QUALITY)
                : WebEncoder.jpeg(sized, WebEncoder.JPEG_QUALITY);
    }

    private static BufferedImage decode(byte[] jpeg) {
        try {
            return ImageIO.read(new ByteArrayInputStream(jpeg));
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable master image", e);
        }
    }

    private static String prefix(String storageKey) {
        return "images/" + storageKey + "/";
    }

    private String newKey() {
        byte[] bytes = new byte[9];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
