package news.dateline.demo.art;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Flat, vector-style editorial illustrations for the demo content, drawn with Java2D only (works
 * headless, renders no text, uses no external images). Every key used by the demo articles'
 * {@code image} and the demo people's {@code photo} can be drawn at any size; the same key and size
 * always give the same pixels. {@link MakeDemoArt} draws each once, at its demo size, into the image
 * files the demo loads.
 */
public final class Illustrations {

    /** Pixel size of the demo's story images (16:9) and of its square byline portraits. */
    static final int ARTICLE_WIDTH = 2400, ARTICLE_HEIGHT = 1350, PORTRAIT_SIZE = 800;

    /** Paints a scene onto a virtual canvas of the scene's size, using a seeded random source. */
    @FunctionalInterface
    interface Painter {
        void paint(Graphics2D g, Random rnd);
    }

    /** A painter, the size of its virtual canvas, and the pixel size of its demo image. */
    private record Scene(double width, double height, Painter painter, int pixelWidth, int pixelHeight) {
    }

    private static final Map<String, Scene> SCENES = new LinkedHashMap<>();

    static {
        article("world-moscow-skyline", CityScenes::moscowSkyline);
        article("world-heat-coast", CityScenes::heatCoast);
        article("world-river-delta", NatureScenes::riverDelta);
        article("politics-parliament", CivicScenes::parliament);
        article("politics-ballot-box", DeskScenes::ballotBox);
        article("business-freight", IndustryScenes::freight);
        article("business-lending-chart", DeskScenes::lendingChart);
        article("tech-circuit-board", IndustryScenes::circuitBoard);
        article("tech-nordic-data-centre", IndustryScenes::nordicDataCentre);
        article("science-observatory-night", NatureScenes::observatoryNight);
        article("science-seagrass", NatureScenes::seagrass);
        article("sport-stadium-night", SportScenes::stadiumNight);
        article("sport-cycling-pass", SportScenes::cyclingPass);
        article("opinion-newsprint", DeskScenes::newsprint);
        portrait("portrait-aditya", Portraits::aditya);
        portrait("portrait-maria", Portraits::maria);
        portrait("portrait-lukas", Portraits::lukas);
        portrait("portrait-sofia", Portraits::sofia);
        portrait("portrait-james", Portraits::james);
    }

    private Illustrations() {
    }

    private static void article(String key, Painter painter) {
        SCENES.put(key, new Scene(Art.W, Art.H, painter, ARTICLE_WIDTH, ARTICLE_HEIGHT));
    }

    private static void portrait(String key, Painter painter) {
        SCENES.put(key, new Scene(Portraits.SIZE, Portraits.SIZE, painter, PORTRAIT_SIZE, PORTRAIT_SIZE));
    }

    /** Keys this class can draw (every {@code image} and {@code photo} key used by the demo files). */
    public static Set<String> keys() {
        return Collections.unmodifiableSet(SCENES.keySet());
    }

    /** Draws the illustration for the key at the size the demo uses (2400x1350 for stories, 800x800 for portraits). */
    public static BufferedImage draw(String key) {
        Scene scene = SCENES.get(key);
        if (scene == null) {
            throw new IllegalArgumentException("Unknown illustration key: " + key);
        }
        return draw(key, scene.pixelWidth(), scene.pixelHeight());
    }

    /**
     * Draws the illustration for the key at the given size; deterministic (same pixels every run).
     *
     * @throws IllegalArgumentException for an unknown key or a non-positive size
     */
    public static BufferedImage draw(String key, int width, int height) {
        Scene scene = key == null ? null : SCENES.get(key);
        if (scene == null) {
            throw new IllegalArgumentException("Unknown illustration key: " + key);
        }
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("Illustration size must be positive: " + width + "x" + height);
        }
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            Art.hints(g);
            // Scale the virtual canvas to cover the requested size, centred (crops if aspect differs).
            double scale = Math.max(width / scene.width(), height / scene.height());
            g.translate((width - scene.width() * scale) / 2, (height - scene.height() * scale) / 2);
            g.scale(scale, scale);
            g.setClip(Art.rect(0, 0, scene.width(), scene.height()));
            long seed = key.hashCode() * 0x9E3779B97F4A7C15L;
            scene.painter().paint(g, new Random(seed));
        } finally {
            g.dispose();
        }
        Art.grain(img, key.hashCode() ^ 0x5DEECE66DL, 3);
        return img;
    }
}
