package news.dateline.demo.art;

import static news.dateline.demo.art.Art.H;
import static news.dateline.demo.art.Art.W;
import static news.dateline.demo.art.Art.circle;
import static news.dateline.demo.art.Art.darker;
import static news.dateline.demo.art.Art.fill;
import static news.dateline.demo.art.Art.glow;
import static news.dateline.demo.art.Art.line;
import static news.dateline.demo.art.Art.poly;
import static news.dateline.demo.art.Art.rect;
import static news.dateline.demo.art.Art.rgb;
import static news.dateline.demo.art.Art.rgba;
import static news.dateline.demo.art.Art.round;
import static news.dateline.demo.art.Art.stroke;
import static news.dateline.demo.art.Art.vgrad;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.util.Random;

/** Still-life and diagram scenes: a ballot box, a lending chart, newspapers on a desk. */
final class DeskScenes {

    private DeskScenes() {
    }

    // ---- Isometric ballot box with a ballot going in ------------------------------------------

    private static final double ISO_X = Math.cos(Math.toRadians(30)), ISO_Y = Math.sin(Math.toRadians(30));

    static void ballotBox(Graphics2D g, Random rnd) {
        vgrad(g, rect(0, 0, W, H), rgb(0xf1e7d6), rgb(0xe8dcc6));
        fill(g, circle(300, 220, 260), rgba(0x5d8a8c, 60));
        fill(g, circle(1330, 700, 330), rgba(0xd9826b, 55));
        fill(g, circle(1260, 160, 90), rgba(0xe0b450, 80));
        // Faint tick marks scattered in the background.
        for (int i = 0; i < 26; i++) {
            double x = rnd.nextDouble() * W, y = rnd.nextDouble() * H;
            if (Math.abs(x - 800) < 380 && y > 150) {
                continue;
            }
            double s = 10 + rnd.nextDouble() * 12;
            Path2D tick = new Path2D.Double();
            tick.moveTo(x - s, y);
            tick.lineTo(x - s * 0.3, y + s * 0.7);
            tick.lineTo(x + s, y - s * 0.8);
            stroke(g, tick, rgba(0x2f4560, 45), 5);
        }
        double ox = 800, oy = 470;
        double a = 380, b = 300, h = 300;
        // Shadow on the floor.
        fill(g, isoQuad(ox, oy, a, b, 0, 40, 20), rgba(0x6b5a40, 45));
        Color navy = rgb(0x2f4560);
        fill(g, isoPoly(ox, oy, 0, b, 0, a, b, 0, a, b, h, 0, b, h), darker(navy, 0.05));
        fill(g, isoPoly(ox, oy, a, 0, 0, a, b, 0, a, b, h, a, 0, h), darker(navy, 0.32));
        fill(g, isoPoly(ox, oy, 0, 0, h, a, 0, h, a, b, h, 0, b, h), Art.lighter(navy, 0.28));
        // Emblem: a tick in a disc, painted onto the front-left face (the plane y = b).
        double[] c = iso(ox, oy, a * 0.5, b, h * 0.5);
        AffineTransform face = g.getTransform();
        g.translate(c[0], c[1]);
        g.transform(new AffineTransform(ISO_X, ISO_Y, 0, 1, 0, 0));
        fill(g, circle(0, 0, 64), rgba(0xf4efe4, 235));
        Path2D tick = new Path2D.Double();
        tick.moveTo(-30, 2);
        tick.lineTo(-8, 24);
        tick.lineTo(32, -22);
        stroke(g, tick, navy, 13);
        g.setTransform(face);
        // Slot on the lid.
        fill(g, isoPoly(ox, oy, a * 0.2, b * 0.46, h, a * 0.8, b * 0.46, h, a * 0.8, b * 0.54, h,
                a * 0.2, b * 0.54, h), rgb(0x16202e));
        // Ballot paper half inserted, in the vertical plane y = b/2.
        double y = b * 0.5, x0 = a * 0.3, x1 = a * 0.72, z0 = h - 20, z1 = h + 230;
        Path2D paper = isoPoly(ox, oy, x0, y, z0, x1, y, z0, x1, y, z1, x0, y, z1);
        AffineTransform t = g.getTransform();
        g.translate(16, 10);
        fill(g, paper, rgba(0x000000, 40));
        g.setTransform(t);
        fill(g, paper, rgb(0xfbf8f1));
        for (int i = 0; i < 4; i++) {
            double z = z1 - 48 - i * 46;
            stroke(g, isoPoly(ox, oy, x0 + 18, y, z, x0 + 46, y, z, x0 + 46, y, z + 28, x0 + 18, y, z + 28),
                    rgb(0x7b8794), 2.5);
            double[] l0 = iso(ox, oy, x0 + 62, y, z + 14), l1 = iso(ox, oy, x1 - 20 - (i % 2) * 30, y, z + 14);
            line(g, l0[0], l0[1], l1[0], l1[1], rgb(0xc9ced3), 7);
            if (i == 1) {
                double[] p0 = iso(ox, oy, x0 + 14, y, z + 16), p1 = iso(ox, oy, x0 + 28, y, z + 4);
                double[] p2 = iso(ox, oy, x0 + 54, y, z + 40);
                Path2D mark = new Path2D.Double();
                mark.moveTo(p0[0], p0[1]);
                mark.lineTo(p1[0], p1[1]);
                mark.lineTo(p2[0], p2[1]);
                stroke(g, mark, rgb(0xc4553f), 6);
            }
        }
        Art.vignette(g, W, H, 30);
    }

    private static double[] iso(double ox, double oy, double x, double y, double z) {
        return new double[] {ox + (x - y) * ISO_X, oy + (x + y) * ISO_Y - z};
    }

    private static Path2D isoPoly(double ox, double oy, double... xyz) {
        Path2D p = new Path2D.Double();
        for (int i = 0; i < xyz.length; i += 3) {
            double[] q = iso(ox, oy, xyz[i], xyz[i + 1], xyz[i + 2]);
            if (i == 0) {
                p.moveTo(q[0], q[1]);
            } else {
                p.lineTo(q[0], q[1]);
            }
        }
        p.closePath();
        return p;
    }

    private static Path2D isoQuad(double ox, double oy, double a, double b, double z, double dx, double dy) {
        Path2D p = isoPoly(ox, oy, 0, 0, z, a + dx, 0, z, a + dx, b + dy, z, 0, b + dy, z);
        return p;
    }

    // ---- Bar and line chart on a card ---------------------------------------------------------

    static void lendingChart(Graphics2D g, Random rnd) {
        vgrad(g, rect(0, 0, W, H), rgb(0x2f4a57), rgb(0x243b47));
        fill(g, circle(1450, 120, 300), rgba(0x3d6070, 120));
        fill(g, circle(120, 860, 260), rgba(0x3d6070, 100));
        // Storefront awnings along the bottom edge, as a quiet nod to small businesses.
        Color[] awnings = {rgb(0xd8664d), rgb(0xe0b450), rgb(0x5d8a8c), rgb(0xc9b79c)};
        for (int i = 0; i < 9; i++) {
            double x = -40 + i * 190;
            fill(g, rect(x, 800, 180, 120), rgb(0x1d303a));
            fill(g, rect(x + 20, 840, 90, 60), rgb(0xb89a62));
            fill(g, rect(x + 24, 844, 82, 56), rgb(0xe8c88a));
            fill(g, rect(x + 124, 840, 40, 80), rgb(0x2a4350));
            Color aw = awnings[i % awnings.length];
            for (int s = 0; s < 6; s++) {
                fill(g, poly(x + s * 30, 790, x + s * 30 + 30, 790, x + s * 30 + 34, 820, x + s * 30 - 4, 820),
                        s % 2 == 0 ? aw : rgb(0xf4efe4));
            }
        }
        double px = 230, py = 90, pw = 1140, ph = 640;
        Art.shadow(g, round(px, py, pw, ph, 36), 0, 18, 8, rgba(0x000000, 140));
        fill(g, round(px, py, pw, ph, 36), rgb(0xfaf6ee));
        // Legend chips and "title" bars (shapes standing in for text).
        fill(g, round(px + 60, py + 50, 360, 22, 11), rgb(0x2f3a44));
        fill(g, round(px + 60, py + 88, 240, 14, 7), rgb(0xb9b2a6));
        fill(g, round(pw + px - 340, py + 56, 22, 22, 6), rgb(0x9aa7b3));
        fill(g, round(pw + px - 308, py + 60, 90, 14, 7), rgb(0xcfc8bb));
        fill(g, round(pw + px - 190, py + 56, 22, 22, 6), rgb(0xd8664d));
        fill(g, round(pw + px - 158, py + 60, 90, 14, 7), rgb(0xcfc8bb));
        double left = px + 80, right = px + pw - 60, top = py + 150, bottom = py + ph - 70;
        for (int i = 0; i <= 4; i++) {
            double y = bottom - (bottom - top) * i / 4;
            line(g, left, y, right, y, i == 0 ? rgb(0x8d8577) : rgb(0xe6e0d4), i == 0 ? 3 : 2);
        }
        double[] values = {0.56, 0.5, 0.47, 0.41, 0.38, 0.36, 0.4, 0.45, 0.52, 0.6, 0.7, 0.82};
        double[] line = {0.48, 0.46, 0.44, 0.4, 0.35, 0.33, 0.37, 0.42, 0.5, 0.57, 0.66, 0.78};
        int n = values.length;
        double slot = (right - left) / n, bw = slot * 0.58;
        Path2D curve = new Path2D.Double(), area = new Path2D.Double();
        double[][] pts = new double[n][];
        for (int i = 0; i < n; i++) {
            pts[i] = new double[] {left + slot * (i + 0.5), bottom - (bottom - top) * line[i] - 40};
        }
        curve.moveTo(pts[0][0], pts[0][1]);
        area.moveTo(pts[0][0], bottom);
        area.lineTo(pts[0][0], pts[0][1]);
        for (int i = 1; i < n; i++) {
            double mx = (pts[i - 1][0] + pts[i][0]) / 2;
            curve.curveTo(mx, pts[i - 1][1], mx, pts[i][1], pts[i][0], pts[i][1]);
            area.curveTo(mx, pts[i - 1][1], mx, pts[i][1], pts[i][0], pts[i][1]);
        }
        area.lineTo(pts[n - 1][0], bottom);
        area.closePath();
        Art.gradient(g, area, 0, top, 0, bottom, rgba(0xd8664d, 45), rgba(0xd8664d, 0));
        for (int i = 0; i < n; i++) {
            double x = left + slot * i + (slot - bw) / 2;
            double hgt = (bottom - top) * values[i];
            Color c = i >= n - 4 ? rgb(0x2f7f7a) : rgb(0xa7b3bd);
            java.awt.geom.Area bar = new java.awt.geom.Area(round(x, bottom - hgt, bw, hgt + 12, 12));
            bar.intersect(new java.awt.geom.Area(rect(x, bottom - hgt, bw, hgt)));
            Art.gradient(g, bar, 0, bottom - hgt, 0, bottom, c, darker(c, 0.1));
            fill(g, rect(x, bottom - 2, bw, 4), rgb(0x8d8577));
            fill(g, round(x + bw * 0.2, bottom + 22, bw * 0.6, 10, 5), rgb(0xd6cfc2));
        }
        stroke(g, curve, rgb(0xd8664d), 6);
        for (double[] p : pts) {
            fill(g, circle(p[0], p[1], 9), rgb(0xfaf6ee));
            stroke(g, circle(p[0], p[1], 9), rgb(0xd8664d), 4);
        }
        double[] lastP = pts[n - 1];
        glow(g, lastP[0], lastP[1], 50, rgba(0xd8664d, 90));
        fill(g, circle(lastP[0], lastP[1], 12), rgb(0xd8664d));
        Art.vignette(g, W, H, 60);
    }

    // ---- Newspapers, coffee and a pencil on a desk ----------------------------------------------

    static void newsprint(Graphics2D g, Random rnd) {
        vgrad(g, rect(0, 0, W, H), rgb(0xb9a385), rgb(0xa68f70));
        for (int i = 0; i < 40; i++) {
            double y = rnd.nextDouble() * H;
            Path2D grainLine = new Path2D.Double();
            grainLine.moveTo(-10, y);
            grainLine.curveTo(400, y + rnd.nextGaussian() * 10, 1200, y + rnd.nextGaussian() * 10, W + 10, y);
            stroke(g, grainLine, rgba(0x8c7558, 40 + rnd.nextInt(40)), 1.5 + rnd.nextDouble() * 2);
        }
        paper(g, rnd, 520, 430, 760, 980, -9, rgb(0xe9e2d2), rgb(0x8fa5a8));
        paper(g, rnd, 1000, 470, 720, 940, 7, rgb(0xefe9dc), rgb(0xc48a62));
        paper(g, rnd, 770, 520, 700, 900, -1.5, rgb(0xf6f2e8), rgb(0x6f8a6a));
        // Coffee cup seen from above.
        double cx = 1390, cy = 170;
        fill(g, circle(cx + 14, cy + 18, 118), rgba(0x3a2a18, 60));
        fill(g, circle(cx, cy, 116), rgb(0xf3efe6));
        stroke(g, circle(cx, cy, 92), rgba(0xcfc7b6, 255), 3);
        fill(g, circle(cx, cy, 76), rgb(0xfbf9f4));
        fill(g, circle(cx, cy, 62), rgb(0x5a3a22));
        Art.gradient(g, circle(cx, cy, 62), cx - 60, cy - 60, cx + 60, cy + 60, rgb(0x7a5234), rgb(0x4a2e1a));
        stroke(g, Art.ellipse(cx - 6, cy - 4, 34, 26), rgba(0xd8b48a, 110), 4);
        fill(g, round(cx + 74, cy - 16, 60, 32, 30), rgb(0xf3efe6));
        // Pencil.
        AffineTransform t = g.getTransform();
        g.rotate(Math.toRadians(28), 250, 720);
        fill(g, rect(250 + 8, 720 + 14, 440, 26), rgba(0x3a2a18, 60));
        fill(g, rect(250, 720, 440, 26), rgb(0xe0a43a));
        fill(g, rect(250, 720, 440, 8), rgb(0xedbd5c));
        fill(g, rect(690, 720, 34, 26), rgb(0xb9b4aa));
        fill(g, round(716, 720, 40, 26, 12), rgb(0xd98b8b));
        fill(g, poly(250, 720, 200, 733, 250, 746), rgb(0xe8cfa6));
        fill(g, poly(216, 729, 200, 733, 216, 737), rgb(0x3a3a3a));
        g.setTransform(t);
        Art.vignette(g, W, H, 80);
    }

    private static void paper(Graphics2D g, Random rnd, double cx, double cy, double w, double h, double deg,
                              Color stock, Color photo) {
        AffineTransform t = g.getTransform();
        g.rotate(Math.toRadians(deg), cx, cy);
        double x = cx - w / 2, y = cy - h / 2;
        Art.shadow(g, rect(x, y, w, h), 10, 16, 6, rgba(0x2a1d10, 150));
        fill(g, rect(x, y, w, h), stock);
        fill(g, rect(x + w / 2 - 1, y, 2, h), rgba(0x000000, 18));
        Color ink = rgb(0x2f2f33), grey = rgb(0xaaa59a);
        fill(g, rect(x + 40, y + 36, w - 80, 46), ink);
        fill(g, rect(x + 40, y + 96, w - 80, 3), ink);
        fill(g, rect(x + 40, y + 104, w - 80, 1.5), ink);
        fill(g, rect(x + 40, y + 130, w * 0.72, 26), rgb(0x3f3f44));
        fill(g, rect(x + 40, y + 168, w * 0.5, 26), rgb(0x3f3f44));
        double colW = (w - 80 - 40) / 3;
        double imgTop = y + 220, imgH = colW * 2 * 0.62;
        fill(g, rect(x + 40, imgTop, colW * 2 + 20, imgH), photo);
        fill(g, poly(x + 40, imgTop + imgH, x + 40 + colW * 0.6, imgTop + imgH * 0.5,
                x + 40 + colW * 1.1, imgTop + imgH * 0.8, x + 40 + colW * 1.6, imgTop + imgH * 0.35,
                x + 60 + colW * 2, imgTop + imgH * 0.7, x + 60 + colW * 2, imgTop + imgH), darker(photo, 0.25));
        fill(g, circle(x + 40 + colW * 1.6, imgTop + imgH * 0.25, 18), Art.lighter(photo, 0.5));
        for (int col = 0; col < 3; col++) {
            double lx = x + 40 + col * (colW + 20);
            double ly = col < 2 ? imgTop + imgH + 24 : imgTop;
            fill(g, rect(lx, ly, colW * 0.8, 12), rgb(0x55555a));
            ly += 28;
            while (ly < y + h - 30) {
                boolean paraEnd = rnd.nextDouble() < 0.12;
                double len = paraEnd ? colW * (0.3 + rnd.nextDouble() * 0.5) : colW;
                fill(g, rect(lx, ly, len, 5), grey);
                ly += paraEnd ? 22 : 12;
            }
        }
        g.setTransform(t);
    }
}
