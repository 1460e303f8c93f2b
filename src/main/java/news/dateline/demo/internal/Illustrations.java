package news.dateline.demo.internal;

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
 * always give the same pixels.
 */
public final class Illustrations {

    /** Paints a scene onto a virtual canvas of the scene's size, using a seeded random source. */
    @FunctionalInterface
    interface Painter {
        void paint(Graphics2D g, Random rnd);
    }

    private record Scene(double width, double height, Painter painter) {
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
        SCENES.put(key, new Scene(Art.W, Art.H, painter));
    }

    private static void portrait(String key, Painter painter) {
        SCENES.put(key, new Scene(Portraits.SIZE, Portraits.SIZE, painter));
    }

    /** Keys this class can draw (every {@code image} and {@code photo} key used by the demo files). */
    public static Set<String> keys() {
        return Collections.unmodifiableSet(SCENES.keySet());
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
