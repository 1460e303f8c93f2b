package news.dateline.demo.art;

import static news.dateline.demo.art.Art.H;
import static news.dateline.demo.art.Art.W;
import static news.dateline.demo.art.Art.circle;
import static news.dateline.demo.art.Art.ellipse;
import static news.dateline.demo.art.Art.fill;
import static news.dateline.demo.art.Art.glow;
import static news.dateline.demo.art.Art.line;
import static news.dateline.demo.art.Art.mix;
import static news.dateline.demo.art.Art.poly;
import static news.dateline.demo.art.Art.rect;
import static news.dateline.demo.art.Art.rgb;
import static news.dateline.demo.art.Art.rgba;
import static news.dateline.demo.art.Art.stroke;
import static news.dateline.demo.art.Art.vgrad;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.util.Random;

/** Landscape and nature scenes: a river delta from above, seagrass, an observatory at night. */
final class NatureScenes {

    private NatureScenes() {
    }

    // ---- River delta seen from above, with flood-gauge stations --------------------------

    static void riverDelta(Graphics2D g, Random rnd) {
        fill(g, rect(0, 0, W, H), rgb(0xc9c29a));
        Color[] fields = {rgb(0xa9b27f), rgb(0x8fa070), rgb(0xc7bd8a), rgb(0xb5b487), rgb(0x7f9468),
            rgb(0xd2c79c), rgb(0x9eab78)};
        AffineTransform saved = g.getTransform();
        g.rotate(Math.toRadians(-14), W / 2, H / 2);
        for (double y = -400; y < H + 400; y += 64) {
            double x = -500 + rnd.nextDouble() * 60;
            while (x < W + 500) {
                double w = 70 + rnd.nextDouble() * 120;
                fill(g, Art.round(x + 3, y + 3, w - 6, 58, 6), fields[rnd.nextInt(fields.length)]);
                if (rnd.nextDouble() < 0.3) {
                    for (double fy = y + 10; fy < y + 58; fy += 9) {
                        line(g, x + 8, fy, x + w - 10, fy, rgba(0x6f7f55, 60), 1.5);
                    }
                }
                x += w;
            }
        }
        g.setTransform(saved);

        // Beach and shallows along the coast (the sea itself is painted over the river mouths later).
        Path2D sea = new Path2D.Double();
        sea.moveTo(W + 10, 330);
        sea.curveTo(1420, 420, 1300, 560, 1130, 640);
        sea.curveTo(980, 710, 860, 760, 760, 910);
        sea.lineTo(W + 10, 910);
        sea.closePath();
        stroke(g, sea, rgba(0xe3d7ae, 255), 60);
        stroke(g, sea, rgba(0x9cc3c0, 200), 30);

        // The river: a meandering trunk that splits into distributaries.
        Path2D trunk = new Path2D.Double();
        trunk.moveTo(180, -20);
        trunk.curveTo(260, 120, 120, 220, 300, 300);
        trunk.curveTo(460, 370, 560, 300, 660, 400);
        trunk.curveTo(720, 460, 760, 470, 820, 500);
        double[][] branches = {
            {820, 500, 900, 520, 980, 600, 1080, 660},
            {820, 500, 880, 580, 920, 700, 1010, 800},
            {820, 500, 830, 600, 820, 720, 880, 860},
            {820, 500, 1000, 500, 1180, 540, 1330, 620},
            {820, 500, 760, 620, 720, 760, 780, 900},
        };
        double[] widths = {16, 12, 10, 14, 9};
        for (int pass = 0; pass < 2; pass++) {
            Color c = pass == 0 ? rgb(0xe0d4a6) : rgb(0x4f86a0);
            double extra = pass == 0 ? 14 : 0;
            for (int i = 0; i < branches.length; i++) {
                double[] b = branches[i];
                Path2D p = new Path2D.Double();
                p.moveTo(b[0], b[1]);
                p.curveTo(b[2], b[3], b[4], b[5], b[6], b[7]);
                stroke(g, p, c, widths[i] + extra);
            }
            stroke(g, trunk, c, 28 + extra);
        }
        stroke(g, trunk, rgba(0x8fc0cf, 110), 8);
        // Trees along the banks.
        for (int i = 0; i < 140; i++) {
            double t = rnd.nextDouble();
            double x = 180 + t * 640 + (rnd.nextDouble() - 0.5) * 90;
            double y = -20 + t * 520 + (rnd.nextDouble() - 0.5) * 140 + Math.sin(t * 9) * 40;
            fill(g, circle(x, y, 4 + rnd.nextDouble() * 5), rgba(0x4d6b45, 200));
        }
        // Villages.
        double[][] towns = {{380, 250}, {700, 330}, {960, 470}, {620, 560}, {1000, 650}};
        for (double[] t : towns) {
            for (int i = 0; i < 16; i++) {
                double x = t[0] + rnd.nextGaussian() * 26, y = t[1] + rnd.nextGaussian() * 18;
                fill(g, rect(x, y, 8 + rnd.nextDouble() * 8, 7 + rnd.nextDouble() * 6),
                        rnd.nextBoolean() ? rgb(0xefe7d6) : rgb(0xc98b6a));
            }
        }
        // The sea.
        Art.gradient(g, sea, 1000, 500, 1500, 900, rgb(0x6fa3ab), rgb(0x3f7588), rgb(0x2c5a70));
        for (int i = 0; i < 30; i++) {
            double x = 1050 + rnd.nextDouble() * 600, y = 520 + rnd.nextDouble() * 400;
            line(g, x, y, x + 30 + rnd.nextDouble() * 40, y - 6, rgba(0xd8ecea, 50), 2);
        }

        // Gauging stations linked into a network.
        double[][] gauges = {{300, 300}, {660, 400}, {820, 500}, {1060, 640}, {840, 790}};
        g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
                new float[] {4f, 12f}, 0f));
        g.setPaint(rgba(0xffffff, 200));
        for (int i = 1; i < gauges.length; i++) {
            g.draw(new java.awt.geom.Line2D.Double(gauges[i - 1][0], gauges[i - 1][1], gauges[i][0], gauges[i][1]));
        }
        for (double[] p : gauges) {
            for (int r = 1; r <= 3; r++) {
                stroke(g, circle(p[0], p[1], 16 * r), rgba(0xffffff, 190 - r * 50), 2.5);
            }
            fill(g, circle(p[0], p[1], 9), rgb(0xe2684f));
            stroke(g, circle(p[0], p[1], 9), rgb(0xfff7ea), 3);
        }
        Art.vignette(g, W, H, 55);
    }

    // ---- Seagrass meadow underwater ---------------------------------------------------------

    static void seagrass(Graphics2D g, Random rnd) {
        vgrad(g, rect(0, 0, W, H), rgb(0x7cbcbc), rgb(0x3d8c98), rgb(0x1d5a70), rgb(0x123e55));
        // Light rays fanning down from the surface.
        for (int i = 0; i < 9; i++) {
            double x = 150 + i * 170 + rnd.nextDouble() * 60, w = 30 + rnd.nextDouble() * 70;
            Path2D ray = poly(x, -10, x + w, -10, x + w * 2.6 + 280, H, x + 200, H);
            Art.gradient(g, ray, 0, 0, 0, H * 0.9, rgba(0xf4fff6, 70), rgba(0xf4fff6, 0));
        }
        for (int i = 0; i < 5; i++) {
            Path2D wave = new Path2D.Double();
            double y = 16 + i * 10;
            wave.moveTo(0, y);
            for (double x = 0; x <= W; x += 12) {
                wave.lineTo(x, y + Math.sin(x * 0.02 + i * 1.3) * 4);
            }
            stroke(g, wave, rgba(0xeafffb, 40 - i * 6), 3);
        }
        // Distant meadow silhouettes.
        fill(g, Art.rolling(700, 20, 1.2, 0.006, H), rgb(0x2c6f74));
        blades(g, rnd, 120, 620, 780, 60, 180, rgb(0x3f7f6e), rgb(0x4f8f78), 6);
        // Sandy floor.
        Path2D floor = Art.rolling(780, 18, 0.4, 0.004, H + 10);
        vgrad(g, floor, rgb(0x9ea786), rgb(0x727d66), rgb(0x4d5b52));
        for (int i = 0; i < 40; i++) {
            double x = rnd.nextDouble() * W, y = 800 + rnd.nextDouble() * 100;
            fill(g, ellipse(x, y, 6 + rnd.nextDouble() * 12, 3 + rnd.nextDouble() * 4), rgba(0x59644f, 150));
        }
        // Fish school.
        for (int i = 0; i < 26; i++) {
            double x = 980 + rnd.nextGaussian() * 150, y = 300 + rnd.nextGaussian() * 60;
            fish(g, x, y, 14 + rnd.nextDouble() * 8, rgba(0x1c4a5e, 200));
        }
        fish(g, 520, 420, 40, rgba(0xd9a25b, 235));
        // Foreground meadow.
        blades(g, rnd, 220, 790, 900, 180, 460, rgb(0x3f7b4e), rgb(0x7fae63), 14);
        // Bubbles and drifting particles.
        for (int i = 0; i < 30; i++) {
            double x = 480 + rnd.nextGaussian() * 60, y = 100 + rnd.nextDouble() * 300;
            stroke(g, circle(x, y, 2 + rnd.nextDouble() * 6), rgba(0xe8fffb, 130), 1.6);
        }
        for (int i = 0; i < 160; i++) {
            fill(g, circle(rnd.nextDouble() * W, rnd.nextDouble() * H, 0.8 + rnd.nextDouble() * 1.5),
                    rgba(0xe8fffb, 40 + rnd.nextInt(60)));
        }
        Art.vignette(g, W, H, 80);
    }

    private static void blades(Graphics2D g, Random rnd, int count, double yMin, double yMax,
                               double hMin, double hMax, Color dark, Color light, double width) {
        for (int i = 0; i < count; i++) {
            double x = rnd.nextDouble() * (W + 80) - 40;
            double base = yMin + rnd.nextDouble() * (yMax - yMin);
            double h = hMin + rnd.nextDouble() * (hMax - hMin);
            double sway = (rnd.nextDouble() * 2 - 1) * h * 0.35 + h * 0.12;
            double w = width * (0.6 + rnd.nextDouble() * 0.6);
            Path2D blade = new Path2D.Double();
            // Centre line: quadratic from base to tip, offset by half-width on each side.
            int n = 24;
            double[] xs = new double[n + 1], ys = new double[n + 1];
            for (int k = 0; k <= n; k++) {
                double t = (double) k / n;
                double cx = x + sway * t * t, cy = base - h * t;
                xs[k] = cx;
                ys[k] = cy;
            }
            for (int k = 0; k <= n; k++) {
                double half = w / 2 * (1 - Math.pow((double) k / n, 1.5));
                if (k == 0) {
                    blade.moveTo(xs[k] - half, ys[k]);
                } else {
                    blade.lineTo(xs[k] - half, ys[k]);
                }
            }
            for (int k = n; k >= 0; k--) {
                double half = w / 2 * (1 - Math.pow((double) k / n, 1.5));
                blade.lineTo(xs[k] + half, ys[k]);
            }
            blade.closePath();
            Color c = mix(dark, light, rnd.nextDouble());
            Art.gradient(g, blade, 0, base, 0, base - h, Art.darker(c, 0.25), c);
        }
    }

    private static void fish(Graphics2D g, double x, double y, double len, Color c) {
        fill(g, ellipse(x, y, len / 2, len / 5), c);
        fill(g, poly(x + len * 0.42, y, x + len * 0.72, y - len * 0.2, x + len * 0.66, y,
                x + len * 0.72, y + len * 0.2), c);
    }

    // ---- Observatory and backyard telescope under a starry sky ----------------------------

    static void observatoryNight(Graphics2D g, Random rnd) {
        vgrad(g, rect(0, 0, W, H), rgb(0x0a0f24), rgb(0x17204a), rgb(0x33406a), rgb(0x5a5878));
        // Milky Way band.
        AffineTransform saved = g.getTransform();
        g.rotate(Math.toRadians(-24), W / 2, H / 2);
        glow(g, W / 2, H / 2 - 60, 700, rgba(0x8f8fc0, 60));
        g.scale(1, 0.22);
        glow(g, W / 2, (H / 2 - 60) / 0.22, 900, rgba(0xd8cfe8, 70));
        g.setTransform(saved);
        for (int i = 0; i < 1400; i++) {
            double t = rnd.nextDouble() * 2200 - 300;
            double off = rnd.nextGaussian() * 70;
            double ang = Math.toRadians(-24);
            double x = t * Math.cos(ang) - off * Math.sin(ang);
            double y = 390 + (t - W / 2) * Math.sin(ang) + off * Math.cos(ang);
            fill(g, circle(x, y, 0.5 + rnd.nextDouble() * 1.1), rgba(0xf2ecff, 40 + rnd.nextInt(110)));
        }
        Art.stars(g, rnd, 420, 0, 0, W, 900, 2.0, 230);
        for (int i = 0; i < 12; i++) {
            double x = rnd.nextDouble() * W, y = rnd.nextDouble() * 500;
            glow(g, x, y, 14, rgba(0xdfe8ff, 110));
            fill(g, circle(x, y, 2.2), rgb(0xf5f8ff));
        }
        // The red dwarf, with a faint dotted orbit and a tiny planet.
        double sx = 1170, sy = 210;
        glow(g, sx, sy, 70, rgba(0xff7a58, 130));
        fill(g, circle(sx, sy, 6), rgb(0xffb08f));
        g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
                new float[] {2f, 7f}, 0f));
        g.setPaint(rgba(0xffd0c0, 120));
        g.draw(ellipse(sx, sy, 52, 18));
        fill(g, circle(sx - 38, sy + 12, 3.2), rgb(0xcfd8ff));

        // Hills.
        fill(g, Art.ridge(rnd, -10, W + 10, 640, 600, 60, 0.55, H + 10), rgb(0x1d2442));
        fill(g, Art.ridge(rnd, -10, W + 10, 720, 700, 40, 0.5, H + 10), rgb(0x121832));
        // Observatory on the right-hand hill.
        double ox = 1180, oy = 640;
        Color body = rgb(0x0d1226);
        fill(g, Art.rolling(700, 30, 3.4, 0.003, H + 10), rgb(0x0c1024));
        fill(g, rect(ox - 90, oy - 90, 180, 100), body);
        Path2D dome = new Path2D.Double();
        dome.moveTo(ox - 100, oy - 88);
        dome.curveTo(ox - 100, oy - 210, ox + 100, oy - 210, ox + 100, oy - 88);
        dome.closePath();
        Art.hgrad(g, dome, rgb(0x1a2140), rgb(0x3a4470), rgb(0x151b36));
        fill(g, poly(ox - 14, oy - 88, ox - 14, oy - 176, ox + 4, oy - 180, ox + 14, oy - 176, ox + 14, oy - 88),
                rgb(0x070a18));
        fill(g, rect(ox + 40, oy - 50, 16, 22), rgb(0xf0c27a));
        glow(g, ox + 48, oy - 40, 40, rgba(0xf0c27a, 90));
        // Backyard telescope on a tripod, in silhouette, pointing at the red dwarf, and its owner.
        double tx = 360, ty = 800;
        Color sil = rgb(0x05070f);
        fill(g, Art.rolling(800, 12, 0.2, 0.01, H + 10), sil);
        double px = tx, py = ty - 150;
        line(g, px, py, px - 70, ty + 20, sil, 6);
        line(g, px, py, px + 60, ty + 20, sil, 6);
        line(g, px, py, px + 10, ty + 30, sil, 6);
        fill(g, Art.round(px - 12, py - 10, 24, 34, 6), sil);
        AffineTransform t = g.getTransform();
        double ang = Math.atan2(sy - py, sx - px);
        g.rotate(ang, px, py);
        fill(g, Art.round(px - 80, py - 40, 250, 30, 8), sil);
        fill(g, Art.round(px + 150, py - 44, 34, 38, 6), sil);
        fill(g, rect(px - 10, py - 60, 50, 14), sil);
        line(g, px, py - 10, px, py + 40, sil, 5);
        fill(g, circle(px, py + 46, 11), sil);
        stroke(g, Art.round(px - 80, py - 40, 264, 30, 8), rgba(0x6a78b0, 80), 1.5);
        g.setTransform(t);
        double hx = tx + 190;
        fill(g, circle(hx, ty - 178, 19), sil);
        fill(g, rect(hx - 7, ty - 164, 14, 16), sil);
        Path2D person = new Path2D.Double();
        person.moveTo(hx - 36, ty - 40);
        person.curveTo(hx - 40, ty - 120, hx - 36, ty - 150, hx - 10, ty - 152);
        person.lineTo(hx + 10, ty - 152);
        person.curveTo(hx + 36, ty - 150, hx + 40, ty - 120, hx + 36, ty - 40);
        person.closePath();
        fill(g, person, sil);
        fill(g, rect(hx - 26, ty - 50, 22, 90), sil);
        fill(g, rect(hx + 4, ty - 50, 22, 90), sil);
        line(g, hx - 30, ty - 130, hx - 70, ty - 100, sil, 12);
        stroke(g, new java.awt.geom.Arc2D.Double(hx - 20, ty - 198, 40, 40, 20, 110, java.awt.geom.Arc2D.OPEN),
                rgba(0x6a78b0, 90), 2);
        Art.vignette(g, W, H, 90);
    }
}
