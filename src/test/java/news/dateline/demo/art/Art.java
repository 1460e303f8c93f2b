package news.dateline.demo.art;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Random;

/**
 * Small drawing toolkit shared by the scene painters: colours, gradients, glows, ridges, grain.
 * Scenes draw on a virtual canvas (1600x900 for articles, 1000x1000 for portraits).
 */
final class Art {

    /** Width and height of the virtual canvas used by the 16:9 scenes. */
    static final double W = 1600, H = 900;

    private Art() {
    }

    static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_ALPHA_INTERPOLATION, RenderingHints.VALUE_ALPHA_INTERPOLATION_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    }

    // ---- colours -------------------------------------------------------------------------

    static Color rgb(int hex) {
        return new Color(hex);
    }

    static Color rgba(int hex, int alpha) {
        return new Color((hex >> 16) & 0xff, (hex >> 8) & 0xff, hex & 0xff, clamp(alpha));
    }

    static Color alpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), clamp(alpha));
    }

    static Color mix(Color a, Color b, double t) {
        return new Color(
                clamp((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t)),
                clamp((int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t)),
                clamp((int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t)),
                clamp((int) Math.round(a.getAlpha() + (b.getAlpha() - a.getAlpha()) * t)));
    }

    static Color darker(Color c, double t) {
        return mix(c, new Color(0, 0, 0, c.getAlpha()), t);
    }

    static Color lighter(Color c, double t) {
        return mix(c, new Color(255, 255, 255, c.getAlpha()), t);
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    // ---- paints and fills ----------------------------------------------------------------

    /** Fills a shape with a linear gradient from (x0,y0) to (x1,y1), colours evenly spaced. */
    static void gradient(Graphics2D g, Shape s, double x0, double y0, double x1, double y1, Color... colors) {
        float[] fractions = new float[colors.length];
        for (int i = 0; i < colors.length; i++) {
            fractions[i] = colors.length == 1 ? 0f : (float) i / (colors.length - 1);
        }
        gradient(g, s, x0, y0, x1, y1, fractions, colors);
    }

    static void gradient(Graphics2D g, Shape s, double x0, double y0, double x1, double y1,
                         float[] fractions, Color[] colors) {
        if (colors.length == 1) {
            g.setPaint(colors[0]);
        } else {
            if (x0 == x1 && y0 == y1) {
                y1 += 0.01;
            }
            g.setPaint(new LinearGradientPaint(new Point2D.Double(x0, y0), new Point2D.Double(x1, y1),
                    fractions, colors));
        }
        g.fill(s);
    }

    /** Vertical gradient over the shape's own bounds. */
    static void vgrad(Graphics2D g, Shape s, Color... colors) {
        Rectangle2D b = s.getBounds2D();
        gradient(g, s, 0, b.getMinY(), 0, b.getMaxY(), colors);
    }

    /** Horizontal gradient over the shape's own bounds. */
    static void hgrad(Graphics2D g, Shape s, Color... colors) {
        Rectangle2D b = s.getBounds2D();
        gradient(g, s, b.getMinX(), 0, b.getMaxX(), 0, colors);
    }

    /** A soft radial glow fading from the colour (with its alpha) to fully transparent. */
    static void glow(Graphics2D g, double cx, double cy, double r, Color c) {
        g.setPaint(new RadialGradientPaint(new Point2D.Double(cx, cy), (float) r,
                new float[] {0f, 0.35f, 1f},
                new Color[] {c, alpha(c, c.getAlpha() / 3), alpha(c, 0)}));
        g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
    }

    static void fill(Graphics2D g, Shape s, Color c) {
        g.setPaint(c);
        g.fill(s);
    }

    static void stroke(Graphics2D g, Shape s, Color c, double width) {
        g.setPaint(c);
        g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(s);
    }

    static void line(Graphics2D g, double x0, double y0, double x1, double y1, Color c, double width) {
        stroke(g, new Line2D.Double(x0, y0, x1, y1), c, width);
    }

    // ---- shapes --------------------------------------------------------------------------

    static Rectangle2D rect(double x, double y, double w, double h) {
        return new Rectangle2D.Double(x, y, w, h);
    }

    static RoundRectangle2D round(double x, double y, double w, double h, double arc) {
        return new RoundRectangle2D.Double(x, y, w, h, arc, arc);
    }

    static Ellipse2D circle(double cx, double cy, double r) {
        return new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
    }

    static Ellipse2D ellipse(double cx, double cy, double rx, double ry) {
        return new Ellipse2D.Double(cx - rx, cy - ry, 2 * rx, 2 * ry);
    }

    static Path2D poly(double... xy) {
        Path2D p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            p.lineTo(xy[i], xy[i + 1]);
        }
        p.closePath();
        return p;
    }

    /**
     * A mountain/hill silhouette across the canvas width by midpoint displacement, closed down to
     * {@code bottom}. {@code amp} is the initial displacement, {@code rough} (0..1) how fast it decays.
     */
    static Path2D ridge(Random rnd, double x0, double x1, double yLeft, double yRight, double amp,
                        double rough, double bottom) {
        int n = 128;
        double[] ys = new double[n + 1];
        ys[0] = yLeft;
        ys[n] = yRight;
        double a = amp;
        for (int step = n; step > 1; step /= 2) {
            for (int i = step / 2; i < n; i += step) {
                ys[i] = (ys[i - step / 2] + ys[i + step / 2]) / 2 + (rnd.nextDouble() * 2 - 1) * a;
            }
            a *= rough;
        }
        Path2D p = new Path2D.Double();
        p.moveTo(x0, bottom);
        for (int i = 0; i <= n; i++) {
            p.lineTo(x0 + (x1 - x0) * i / n, ys[i]);
        }
        p.lineTo(x1, bottom);
        p.closePath();
        return p;
    }

    /** A gently rolling hill line from sums of sines, closed down to {@code bottom}. */
    static Path2D rolling(double baseY, double amp, double phase, double freq, double bottom) {
        Path2D p = new Path2D.Double();
        p.moveTo(-10, bottom);
        for (double x = -10; x <= W + 10; x += 8) {
            double y = baseY + amp * (Math.sin(x * freq + phase) * 0.6
                    + Math.sin(x * freq * 2.3 + phase * 1.7) * 0.3
                    + Math.sin(x * freq * 5.1 + phase * 0.3) * 0.1);
            p.lineTo(x, y);
        }
        p.lineTo(W + 10, bottom);
        p.closePath();
        return p;
    }

    /** A soft drop shadow under a shape, faked by a few offset, expanding translucent copies. */
    static void shadow(Graphics2D g, Shape s, double dx, double dy, int layers, Color c) {
        Rectangle2D b = s.getBounds2D();
        for (int i = layers; i >= 1; i--) {
            double grow = i * 3.0;
            double sx = (b.getWidth() + 2 * grow) / b.getWidth();
            double sy = (b.getHeight() + 2 * grow) / b.getHeight();
            java.awt.geom.AffineTransform t = new java.awt.geom.AffineTransform();
            t.translate(b.getCenterX() + dx, b.getCenterY() + dy);
            t.scale(sx, sy);
            t.translate(-b.getCenterX(), -b.getCenterY());
            fill(g, t.createTransformedShape(s), alpha(c, c.getAlpha() / (layers + 1)));
        }
    }

    /** Darkens the edges of the canvas slightly. */
    static void vignette(Graphics2D g, double w, double h, int strength) {
        double r = Math.hypot(w, h) / 2;
        g.setPaint(new RadialGradientPaint(new Point2D.Double(w / 2, h / 2), (float) r,
                new float[] {0f, 0.6f, 1f},
                new Color[] {new Color(0, 0, 0, 0), new Color(0, 0, 0, 0), new Color(0, 0, 0, strength)}));
        g.fill(rect(0, 0, w, h));
    }

    /** A scattering of stars. */
    static void stars(Graphics2D g, Random rnd, int count, double x0, double y0, double w, double h,
                      double maxR, int maxAlpha) {
        for (int i = 0; i < count; i++) {
            double x = x0 + rnd.nextDouble() * w;
            double y = y0 + rnd.nextDouble() * rnd.nextDouble() * h;
            double r = 0.5 + Math.pow(rnd.nextDouble(), 3) * maxR;
            int a = 60 + rnd.nextInt(Math.max(1, maxAlpha - 60));
            fill(g, circle(x, y, r), new Color(255, 250, 235, a));
        }
    }

    /** Adds fine, deterministic film grain straight into the pixels (an RGB image). */
    static void grain(BufferedImage img, long seed, int amount) {
        int[] px = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        Random rnd = new Random(seed);
        for (int i = 0; i < px.length; i++) {
            int d = rnd.nextInt(2 * amount + 1) - amount;
            int p = px[i];
            int r = clamp(((p >> 16) & 0xff) + d);
            int gr = clamp(((p >> 8) & 0xff) + d);
            int b = clamp((p & 0xff) + d);
            px[i] = (p & 0xff000000) | (r << 16) | (gr << 8) | b;
        }
    }
}
