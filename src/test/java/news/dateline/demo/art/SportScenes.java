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

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.util.Random;

/** Sport scenes: a floodlit football stadium and a mountain pass with cyclists. */
final class SportScenes {

    private SportScenes() {
    }

    // ---- Floodlit stadium at night -------------------------------------------------------------

    /** Pitch corners: far edge at y=FAR, near edge below the canvas. */
    private static final double FAR = 470, NEAR = 1010, FAR_HALF = 380, NEAR_HALF = 1150;

    /** Maps pitch coordinates u in [-1,1] (across) and v in [0,1] (0 = far line) to the canvas. */
    private static double[] pitch(double u, double v) {
        // Perspective: depth interpolated in 1/z so stripes shrink with distance.
        double zf = 1.0, zn = 3.2;
        double z = 1 / (1 / zf + (1 / zn - 1 / zf) * v);
        double t = (z - zf) / (zn - zf);
        double y = FAR + (NEAR - FAR) * t;
        double half = FAR_HALF + (NEAR_HALF - FAR_HALF) * t;
        return new double[] {W / 2 + u * half, y};
    }

    private static Path2D pitchQuad(double u0, double v0, double u1, double v1) {
        double[] a = pitch(u0, v0), b = pitch(u1, v0), c = pitch(u1, v1), d = pitch(u0, v1);
        return poly(a[0], a[1], b[0], b[1], c[0], c[1], d[0], d[1]);
    }

    static void stadiumNight(Graphics2D g, Random rnd) {
        vgrad(g, rect(0, 0, W, H), rgb(0x0d1322), rgb(0x1a2440), rgb(0x24304e));
        Art.stars(g, rnd, 40, 0, 0, W, 160, 1.2, 120);
        // Far stand with crowd.
        Path2D farStand = poly(-10, 470, -10, 210, 300, 200, 1300, 200, W + 10, 210, W + 10, 470);
        vgrad(g, farStand, rgb(0x2a2f45), rgb(0x3a3f58));
        crowd(g, rnd, 0, 230, W, 230, 3200, 2.2);
        for (double y = 300; y < 470; y += 58) {
            fill(g, rect(0, y, W, 4), rgba(0x151a2a, 160));
        }
        // Roof.
        Path2D roof = new Path2D.Double();
        roof.moveTo(-10, 120);
        roof.quadTo(W / 2, 90, W + 10, 120);
        roof.lineTo(W + 10, 214);
        roof.quadTo(W / 2, 186, -10, 214);
        roof.closePath();
        vgrad(g, roof, rgb(0x121726), rgb(0x1d2336));
        for (double x = 40; x < W; x += 120) {
            fill(g, rect(x, 196, 60, 6), rgba(0xfff3d6, 160));
        }
        // Pitch with mowing stripes.
        int stripes = 14;
        for (int i = 0; i < stripes; i++) {
            double v0 = (double) i / stripes, v1 = (double) (i + 1) / stripes;
            fill(g, pitchQuad(-1.25, v0, 1.25, v1), i % 2 == 0 ? rgb(0x3f7a45) : rgb(0x478551));
        }
        glow(g, W / 2, 640, 700, rgba(0xe6ffd6, 60));
        // Markings.
        Color white = rgba(0xf4f7f0, 220);
        stroke(g, pitchQuad(-1, 0.02, 1, 1.2), white, 3);
        double[] h0 = pitch(-1, 0.62), h1 = pitch(1, 0.62);
        line(g, h0[0], h0[1], h1[0], h1[1], white, 3);
        Path2D centre = new Path2D.Double();
        for (int i = 0; i <= 64; i++) {
            double a = i / 64.0 * Math.PI * 2;
            double[] p = pitch(Math.cos(a) * 0.16, 0.62 + Math.sin(a) * 0.085);
            if (i == 0) {
                centre.moveTo(p[0], p[1]);
            } else {
                centre.lineTo(p[0], p[1]);
            }
        }
        stroke(g, centre, white, 3);
        stroke(g, pitchQuad(-0.42, 0.02, 0.42, 0.2), white, 3);
        stroke(g, pitchQuad(-0.2, 0.02, 0.2, 0.08), white, 2.5);
        // Far goal with net.
        double[] gl = pitch(-0.09, 0.02), gr = pitch(0.09, 0.02);
        double gh = 34;
        for (double x = gl[0]; x <= gr[0]; x += 6) {
            line(g, x, gl[1] - gh, x, gl[1], rgba(0xffffff, 60), 1);
        }
        for (double y = gl[1] - gh; y <= gl[1]; y += 6) {
            line(g, gl[0], y, gr[0], y, rgba(0xffffff, 60), 1);
        }
        stroke(g, poly(gl[0], gl[1], gl[0], gl[1] - gh, gr[0], gr[1] - gh, gr[0], gr[1]), rgb(0xf7f7f2), 3.5);
        // Side stands in the foreground corners.
        Path2D leftStand = poly(-10, 470, 130, 470, -10, 900);
        vgrad(g, leftStand, rgb(0x2b3048), rgb(0x1b2034));
        Path2D rightStand = poly(W + 10, 470, W - 130, 470, W + 10, 900);
        vgrad(g, rightStand, rgb(0x2b3048), rgb(0x1b2034));
        // Players: two teams spread over the pitch, and the ball.
        double[][] players = {{-0.3, 0.3, 0}, {0.1, 0.22, 0}, {0.45, 0.38, 0}, {-0.6, 0.5, 0}, {0.0, 0.12, 1},
            {-0.15, 0.4, 1}, {0.32, 0.55, 1}, {-0.45, 0.25, 1}, {0.6, 0.22, 0}, {0.05, 0.06, 2}};
        for (double[] p : players) {
            double[] q = pitch(p[0], p[1]);
            double s = 0.55 + (q[1] - FAR) / 500;
            Color kit = p[2] == 0 ? rgb(0xf1ece0) : p[2] == 1 ? rgb(0x9b3a3a) : rgb(0xe0b450);
            player(g, q[0], q[1], s, kit);
        }
        double[] ball = pitch(0.02, 0.27);
        fill(g, ellipse(ball[0] + 3, ball[1] + 2, 6, 2), rgba(0x000000, 90));
        fill(g, circle(ball[0], ball[1] - 5, 4.5), rgb(0xffffff));
        // Floodlights with beams.
        for (double x : new double[] {150, W - 150}) {
            line(g, x, 40, x, 230, rgb(0x1b2030), 8);
            Path2D beam = poly(x - 70, 40, x + 70, 40, x + (W / 2 - x) * 1.3 + 300, H, x + (W / 2 - x) * 1.3 - 300, H);
            Art.gradient(g, beam, 0, 40, 0, H, rgba(0xf6f4e2, 34), rgba(0xf6f4e2, 0));
            glow(g, x, 30, 240, rgba(0xfdf6d8, 120));
            fill(g, Art.round(x - 64, 4, 128, 56, 8), rgb(0x22283a));
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 6; c++) {
                    fill(g, circle(x - 50 + c * 20, 16 + r * 16, 6), rgb(0xfffbea));
                }
            }
            glow(g, x, 32, 90, rgba(0xffffff, 170));
        }
        Art.vignette(g, W, H, 110);
    }

    private static void crowd(Graphics2D g, Random rnd, double x, double y, double w, double h, int n, double r) {
        Color[] shirts = {rgb(0x9b3a3a), rgb(0xb8574a), rgb(0xe8e1d3), rgb(0x6b6f85), rgb(0x8a3030),
            rgb(0xd9c8a0)};
        for (int i = 0; i < n; i++) {
            double px = x + rnd.nextDouble() * w, py = y + rnd.nextDouble() * h;
            Color c = mix(shirts[rnd.nextInt(shirts.length)], rgb(0x2a2f45), 0.35 + rnd.nextDouble() * 0.25);
            fill(g, circle(px, py, r * (0.8 + rnd.nextDouble() * 0.5)), c);
        }
    }

    private static void player(Graphics2D g, double x, double y, double s, Color kit) {
        fill(g, ellipse(x + 6 * s, y, 12 * s, 3 * s), rgba(0x000000, 80));
        line(g, x - 3 * s, y - 18 * s, x - 5 * s, y, rgb(0x2a2a2a), 3.4 * s);
        line(g, x + 3 * s, y - 18 * s, x + 6 * s, y - 1 * s, rgb(0x2a2a2a), 3.4 * s);
        fill(g, Art.round(x - 6 * s, y - 34 * s, 12 * s, 18 * s, 5 * s), kit);
        fill(g, circle(x, y - 39 * s, 4.6 * s), rgb(0x8a6550));
    }

    // ---- Mountain pass with switchbacks and cyclists --------------------------------------------

    static void cyclingPass(Graphics2D g, Random rnd) {
        vgrad(g, rect(0, 0, W, H), rgb(0x9ebbd0), rgb(0xd3d6d4), rgb(0xf1dcc0));
        glow(g, 1260, 200, 420, rgba(0xffe2b0, 150));
        fill(g, circle(1260, 200, 40), rgb(0xfff3dc));
        Color[] layers = {rgb(0xb3b9cc), rgb(0x97a0ba), rgb(0x7a84a2), rgb(0x5e6a86)};
        double[] bases = {330, 420, 500, 580};
        for (int i = 0; i < layers.length; i++) {
            Path2D r = Art.ridge(rnd, -10, W + 10, bases[i] + rnd.nextDouble() * 60, bases[i] + rnd.nextDouble() * 60,
                    (i == 0 ? 230 : 150 - i * 25), 0.56, H + 10);
            fill(g, r, layers[i]);
            if (i == 0) {
                g.setClip(r);
                double peak = r.getBounds2D().getMinY();
                fill(g, Art.ridge(rnd, -10, W + 10, peak + 34, peak + 34, 14, 0.6, -10), rgba(0xf6f8fb, 235));
                g.setClip(rect(0, 0, W, H));
            }
        }
        // The near green slope.
        Path2D slope = new Path2D.Double();
        slope.moveTo(-10, H + 10);
        slope.lineTo(-10, 720);
        slope.curveTo(400, 660, 900, 520, 1300, 470);
        slope.curveTo(1450, 455, 1550, 470, W + 10, 480);
        slope.lineTo(W + 10, H + 10);
        slope.closePath();
        vgrad(g, slope, rgb(0x8c9d68), rgb(0x6f8557), rgb(0x56703f));
        // Trees on the slope, kept off the road's corridor.
        for (int i = 0; i < 90; i++) {
            double x = rnd.nextDouble() * W, y = 540 + rnd.nextDouble() * 380;
            if (y < slopeY(x) + 14 || (x > 560 && x < 1460 && y > 460)) {
                continue;
            }
            double s = 0.5 + (y - 500) / 400;
            fill(g, ellipse(x + 10 * s, y - 2, 9 * s, 2.5 * s), rgba(0x2f3f26, 90));
            fill(g, ellipse(x, y - 18 * s, 8 * s, 22 * s), rgb(0x3f5a36));
        }
        // Switchback road: legs joined by hairpins, narrowing with distance.
        double[][] legs = {{150, 905, 1380, 838}, {1380, 770, 640, 728}, {640, 676, 1290, 636},
            {1290, 598, 900, 574}, {900, 546, 1250, 522}, {1250, 498, 960, 466}};
        double[] widths = {34, 26, 20, 15, 12, 9};
        g.setClip(slope);
        for (int pass = 0; pass < 3; pass++) {
            for (int i = legs.length - 1; i >= 0; i--) {
                double[] l = legs[i];
                Path2D seg = new Path2D.Double();
                seg.moveTo(l[0], l[1]);
                seg.lineTo(l[2], l[3]);
                if (i + 1 < legs.length) {
                    double[] n = legs[i + 1];
                    double bulge = (l[2] > l[0] ? 1 : -1) * (l[3] - n[1]) * 0.9;
                    seg.curveTo(l[2] + bulge, l[3], n[0] + bulge, n[1], n[0], n[1]);
                }
                double w = widths[i];
                if (pass == 0) {
                    stroke(g, seg, rgb(0x6d6a60), w + 6);
                } else if (pass == 1) {
                    stroke(g, seg, rgb(0xd9d2c2), w);
                } else {
                    g.setStroke(new java.awt.BasicStroke((float) Math.max(1, w * 0.08), java.awt.BasicStroke.CAP_BUTT,
                            java.awt.BasicStroke.JOIN_ROUND, 10f, new float[] {(float) w * 0.5f, (float) w * 0.6f}, 0f));
                    g.setPaint(rgba(0xffffff, 210));
                    g.draw(seg);
                }
            }
        }
        g.setClip(rect(0, 0, W, H));
        // Riders strung out along the lower legs.
        Color[] jerseys = {rgb(0xc4553f), rgb(0x2f6f73), rgb(0xe0b450), rgb(0xf1ece0)};
        double[][] riders = {{0, 0.42, 1.0}, {0, 0.5, 1.0}, {0, 0.6, 1.0}, {1, 0.35, 0.74}, {1, 0.45, 0.74},
            {2, 0.55, 0.56}};
        for (int i = 0; i < riders.length; i++) {
            double[] l = legs[(int) riders[i][0]];
            double t = riders[i][1], s = riders[i][2];
            double x = l[0] + (l[2] - l[0]) * t, y = l[1] + (l[3] - l[1]) * t;
            cyclist(g, x, y - 12 * s, s, jerseys[i % jerseys.length], l[2] > l[0]);
        }
        Art.vignette(g, W, H, 50);
    }

    private static double slopeY(double x) {
        // Rough top edge of the near slope, matching its curve.
        return x < 1300 ? 720 - (x + 10) / 1310 * 250 : 470;
    }

    private static void cyclist(Graphics2D g, double x, double y, double s, Color jersey, boolean facingRight) {
        double d = facingRight ? 1 : -1;
        Color dark = rgb(0x26282e);
        double wr = 15 * s;
        double rx = x - d * 20 * s, fx = x + d * 20 * s;
        stroke(g, circle(rx, y, wr), dark, 3 * s);
        stroke(g, circle(fx, y, wr), dark, 3 * s);
        // Frame.
        Path2D frame = new Path2D.Double();
        frame.moveTo(rx, y);
        frame.lineTo(x - d * 2 * s, y);
        frame.lineTo(x - d * 6 * s, y - 20 * s);
        frame.lineTo(x + d * 14 * s, y - 18 * s);
        frame.lineTo(fx, y);
        frame.moveTo(x - d * 2 * s, y);
        frame.lineTo(x + d * 14 * s, y - 18 * s);
        frame.moveTo(rx, y);
        frame.lineTo(x - d * 6 * s, y - 20 * s);
        stroke(g, frame, rgb(0x4a4e58), 2.6 * s);
        // Rider: legs, torso leaning forward, arm, head with helmet.
        double hipX = x - d * 7 * s, hipY = y - 26 * s;
        double shX = x + d * 10 * s, shY = y - 40 * s;
        line(g, hipX, hipY, x + d * 4 * s, y - 10 * s, dark, 5 * s);
        line(g, x + d * 4 * s, y - 10 * s, x - d * 1 * s, y + 2 * s, dark, 4 * s);
        line(g, hipX, hipY, shX, shY, jersey, 10 * s);
        line(g, shX, shY, x + d * 16 * s, y - 20 * s, jersey, 4.5 * s);
        fill(g, circle(shX + d * 7 * s, shY - 7 * s, 6.5 * s), rgb(0xc99b7a));
        fill(g, Art.round(shX + d * 1 * s - 7 * s, shY - 16 * s, 14 * s, 7 * s, 6 * s), dark);
    }
}
