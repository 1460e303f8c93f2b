package news.dateline.demo.art;

import static news.dateline.demo.art.Art.H;
import static news.dateline.demo.art.Art.W;
import static news.dateline.demo.art.Art.circle;
import static news.dateline.demo.art.Art.darker;
import static news.dateline.demo.art.Art.fill;
import static news.dateline.demo.art.Art.glow;
import static news.dateline.demo.art.Art.lighter;
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

/** Industrial scenes: a container port, a circuit board, a data centre in a snowy landscape. */
final class IndustryScenes {

    private static final Color[] CONTAINERS = {rgb(0xb5523b), rgb(0x3f6e8c), rgb(0xd1a03f), rgb(0x5b7d5a),
        rgb(0x7c8a95), rgb(0x8c3b3b), rgb(0x2f4858), rgb(0xc7794a)};

    private IndustryScenes() {
    }

    // ---- Container port with gantry cranes ---------------------------------------------------

    static void freight(Graphics2D g, Random rnd) {
        double water = 560, quay = 668;
        vgrad(g, rect(0, 0, W, water), rgb(0x8fa9bd), rgb(0xc9cccc), rgb(0xecd6b8));
        glow(g, 300, 520, 420, rgba(0xffe3bc, 170));
        fill(g, Art.ridge(rnd, -10, W + 10, water - 30, water - 50, 18, 0.55, water + 2), rgb(0xb3b7bd));
        vgrad(g, rect(0, water, W, quay - water), rgb(0x7f9ca6), rgb(0x567a88));
        for (int i = 0; i < 40; i++) {
            double x = rnd.nextDouble() * W, y = water + 6 + rnd.nextDouble() * (quay - water - 12);
            line(g, x, y, x + 20 + rnd.nextDouble() * 30, y, rgba(0xe6eef0, 60), 1.6);
        }

        // Ship at the berth, loaded with containers.
        double hullTop = 560, shipL = 560, shipR = 1560;
        Path2D hull = poly(shipL, hullTop, shipR, hullTop, shipR - 20, 640, shipL + 50, 640);
        fill(g, hull, rgb(0x2e3542));
        fill(g, rect(shipL + 30, 624, shipR - shipL - 60, 10), rgb(0x8a3b34));
        for (double x = shipL + 60; x < shipR - 180; x += 62) {
            int high = 2 + rnd.nextInt(4);
            for (int k = 0; k < high; k++) {
                container(g, x, hullTop - (k + 1) * 26, 60, 26, CONTAINERS[rnd.nextInt(CONTAINERS.length)], 0.25);
            }
        }
        fill(g, rect(shipR - 150, hullTop - 150, 90, 150), rgb(0xe8e3da));
        fill(g, rect(shipR - 160, hullTop - 160, 110, 16), rgb(0xd0cac0));
        for (double y = hullTop - 136; y < hullTop - 20; y += 24) {
            fill(g, rect(shipR - 142, y, 74, 8), rgb(0x4a5563));
        }
        fill(g, rect(shipR - 110, hullTop - 200, 22, 44), rgb(0x8a3b34));

        // Gantry cranes in silhouette.
        Color crane = rgb(0x3a4250);
        for (double cx : new double[] {330, 900}) {
            craneAt(g, cx, quay, crane);
        }

        // The quay and container stacks.
        vgrad(g, rect(0, quay, W, H - quay), rgb(0xa29c92), rgb(0x8a857c), rgb(0x6f6b64));
        fill(g, rect(0, quay, W, 8), rgb(0xc8c2b6));
        for (double x = 40; x < W; x += 160) {
            fill(g, rect(x, 700, 70, 4), rgba(0xf1e5c0, 150));
        }
        double[] rowBase = {770, 900};
        double[] rowScale = {0.72, 1.0};
        for (int row = 0; row < 2; row++) {
            double s = rowScale[row];
            double cw = 150 * s, ch = 58 * s;
            for (double x = -40; x < W; x += cw * 4 + 60 * s) {
                for (int col = 0; col < 4; col++) {
                    int high = 2 + rnd.nextInt(row == 0 ? 3 : 2);
                    for (int k = 0; k < high; k++) {
                        Color c = CONTAINERS[rnd.nextInt(CONTAINERS.length)];
                        container(g, x + col * cw, rowBase[row] - (k + 1) * ch, cw, ch,
                                row == 0 ? mix(c, rgb(0xb9b4aa), 0.2) : c, 0.1);
                    }
                }
            }
        }
        for (int i = 0; i < 6; i++) {
            double x = 200 + rnd.nextDouble() * 900, y = 80 + rnd.nextDouble() * 200;
            Path2D gull = new Path2D.Double();
            gull.moveTo(x - 12, y - 5);
            gull.quadTo(x - 5, y - 8, x, y);
            gull.quadTo(x + 5, y - 8, x + 12, y - 5);
            stroke(g, gull, rgba(0x3a4250, 180), 2);
        }
        Art.vignette(g, W, H, 50);
    }

    private static void container(Graphics2D g, double x, double y, double w, double h, Color c, double haze) {
        Color base = mix(c, rgb(0xd6d2c8), haze);
        fill(g, rect(x, y, w, h), base);
        for (double rx = x + 5; rx < x + w - 3; rx += Math.max(4, w / 24)) {
            fill(g, rect(rx, y + 3, 1.6, h - 6), darker(base, 0.16));
        }
        fill(g, rect(x, y, w, 3), lighter(base, 0.2));
        fill(g, rect(x, y + h - 3, w, 3), darker(base, 0.3));
        fill(g, rect(x, y, 2, h), darker(base, 0.35));
        fill(g, rect(x + w - 2, y, 2, h), darker(base, 0.35));
    }

    private static void craneAt(Graphics2D g, double cx, double base, Color c) {
        double leg = 150, boomY = 250;
        // Legs and portal beams.
        fill(g, rect(cx - 8, boomY, 16, base - boomY), c);
        fill(g, rect(cx + leg - 8, boomY, 16, base - boomY), c);
        fill(g, rect(cx - 20, 420, leg + 40, 14), c);
        fill(g, rect(cx - 20, boomY + 20, leg + 40, 16), c);
        line(g, cx, 434, cx + leg, boomY + 36, c, 5);
        line(g, cx + leg, 434, cx, boomY + 36, c, 5);
        // Boom reaching out over the ship (a lattice girder), backreach over the quay.
        fill(g, rect(cx - 40, boomY - 4, 500, 8), c);
        fill(g, rect(cx - 40, boomY + 14, 500, 6), c);
        for (double x = cx - 40; x < cx + 450; x += 24) {
            line(g, x, boomY, x + 24, boomY + 16, c, 2.2);
        }
        fill(g, rect(cx - 180, boomY - 4, 150, 20), c);
        fill(g, rect(cx - 196, boomY - 16, 56, 42), c);
        // A-frame apex and stays.
        line(g, cx + 16, boomY, cx + 68, 110, c, 9);
        line(g, cx + leg - 16, boomY, cx + 82, 110, c, 9);
        line(g, cx + 30, boomY - 50, cx + leg - 30, boomY - 50, c, 5);
        fill(g, rect(cx + 60, 102, 30, 14), c);
        line(g, cx + 75, 114, cx + 456, boomY, c, 4);
        line(g, cx + 75, 114, cx + 280, boomY, c, 3);
        line(g, cx + 75, 114, cx - 170, boomY - 4, c, 4);
        // Trolley, cab and hoisted container.
        double tx = cx + 300;
        fill(g, rect(tx - 24, boomY + 12, 48, 22), c);
        fill(g, rect(tx - 16, boomY + 34, 32, 24), rgb(0x59636f));
        line(g, tx - 12, boomY + 58, tx - 40, 430, c, 2);
        line(g, tx + 12, boomY + 58, tx + 40, 430, c, 2);
        fill(g, rect(tx - 48, 430, 96, 8), c);
        container(g, tx - 46, 438, 92, 30, CONTAINERS[(int) (cx / 7) % CONTAINERS.length], 0.1);
        glow(g, cx + 75, 108, 14, rgba(0xff6a4f, 200));
    }

    // ---- Circuit board with a central chip ---------------------------------------------------

    static void circuitBoard(Graphics2D g, Random rnd) {
        vgrad(g, rect(0, 0, W, H), rgb(0x123f3d), rgb(0x0d3033), rgb(0x0a2429));
        glow(g, W / 2, H / 2, 800, rgba(0x2a7a6c, 110));
        for (double x = 20; x < W; x += 40) {
            for (double y = 20; y < H; y += 40) {
                fill(g, circle(x, y, 1.2), rgba(0x5fa593, 40));
            }
        }
        double cx = W / 2, cy = H / 2, half = 150;
        int pins = 14;
        double pitch = 2 * half / (pins + 1);
        Color trace = rgb(0x2f8c78), gold = rgb(0xe3b45c);
        // Fan-out traces on all four sides: straight, 45 degrees outwards, straight again.
        for (int side = 0; side < 4; side++) {
            for (int i = 0; i < pins; i++) {
                double d = -half + pitch * (i + 1);
                double l1 = 34;
                double diag = Math.abs(d) * 0.9;
                double reach = side % 2 == 0 ? 420 : 800;
                double end = half + l1 + diag + 40 + rnd.nextDouble() * (reach - half - l1 - diag - 40);
                double[] pts = {d, half + 8, d, half + l1, d * 1.9, half + l1 + diag, d * 1.9, end};
                Path2D p = new Path2D.Double();
                double[] q = new double[2];
                for (int k = 0; k < pts.length; k += 2) {
                    orient(side, pts[k], pts[k + 1], cx, cy, q);
                    if (k == 0) {
                        p.moveTo(q[0], q[1]);
                    } else {
                        p.lineTo(q[0], q[1]);
                    }
                }
                boolean lit = rnd.nextDouble() < 0.22;
                stroke(g, p, lit ? gold : trace, lit ? 5 : 4.5);
                if (lit) {
                    stroke(g, p, rgba(0xffd37a, 40), 14);
                }
                fill(g, circle(q[0], q[1], 9), lit ? gold : trace);
                fill(g, circle(q[0], q[1], 4), rgb(0x0c2a2d));
                if (lit && rnd.nextBoolean()) {
                    double t = 0.4 + rnd.nextDouble() * 0.5;
                    double[] r = new double[2];
                    orient(side, d * 1.9, half + l1 + diag + (end - half - l1 - diag) * t, cx, cy, r);
                    glow(g, r[0], r[1], 26, rgba(0xfff0b8, 200));
                    fill(g, circle(r[0], r[1], 4), rgb(0xfff6d6));
                }
            }
        }
        // Corner components.
        double[][] spots = {{150, 110}, {250, 90}, {1330, 100}, {1450, 130}, {140, 790}, {260, 810},
            {1350, 800}, {1460, 780}};
        for (int i = 0; i < spots.length; i++) {
            double x = spots[i][0], y = spots[i][1];
            if (i % 2 == 0) {
                fill(g, Art.round(x - 34, y - 14, 68, 28, 8), rgb(0xd8cdb6));
                fill(g, rect(x - 14, y - 14, 6, 28), rgb(0xb5523b));
                fill(g, rect(x + 2, y - 14, 6, 28), rgb(0x3f6e8c));
                fill(g, rect(x - 48, y - 8, 14, 16), gold);
                fill(g, rect(x + 34, y - 8, 14, 16), gold);
            } else {
                fill(g, circle(x, y, 30), rgb(0x24343a));
                fill(g, circle(x, y, 24), rgb(0x9fb2b5));
                fill(g, circle(x - 6, y - 6, 10), rgb(0xc9d6d6));
                fill(g, rect(x - 24, y + 10, 48, 6), rgba(0x24343a, 200));
            }
        }
        // The chip.
        Art.shadow(g, Art.round(cx - half, cy - half, 2 * half, 2 * half, 24), 10, 14, 6, rgba(0x000000, 160));
        for (int side = 0; side < 4; side++) {
            for (int i = 0; i < pins; i++) {
                double d = -half + pitch * (i + 1);
                double[] a = new double[2], b = new double[2];
                orient(side, d - 5, half - 2, cx, cy, a);
                orient(side, d + 5, half + 14, cx, cy, b);
                fill(g, rect(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.abs(b[0] - a[0]),
                        Math.abs(b[1] - a[1])), rgb(0xd9dcd6));
            }
        }
        Art.gradient(g, Art.round(cx - half, cy - half, 2 * half, 2 * half, 24), cx - half, cy - half,
                cx + half, cy + half, rgb(0x2b3136), rgb(0x181c20));
        Art.gradient(g, Art.round(cx - 92, cy - 92, 184, 184, 14), cx - 92, cy - 92, cx + 92, cy + 92,
                rgb(0x3a5a66), rgb(0x23363e), rgb(0x2d4a52));
        for (double v = cx - 70; v <= cx + 70; v += 28) {
            fill(g, rect(v - 1, cy - 80, 2, 160), rgba(0x8fd1c6, 40));
            fill(g, rect(cx - 80, v - cx + cy - 1, 160, 2), rgba(0x8fd1c6, 40));
        }
        fill(g, circle(cx - half + 28, cy - half + 28, 7), rgb(0x4a5358));
        glow(g, cx, cy, 160, rgba(0x7fe3cf, 40));
        Art.vignette(g, W, H, 110);
    }

    /** Maps (along, out) in a side's local frame (side 0 = bottom, then left, top, right) to canvas. */
    private static void orient(int side, double along, double out, double cx, double cy, double[] q) {
        switch (side) {
            case 0 -> { q[0] = cx + along; q[1] = cy + out; }
            case 1 -> { q[0] = cx - out; q[1] = cy + along; }
            case 2 -> { q[0] = cx - along; q[1] = cy - out; }
            default -> { q[0] = cx + out; q[1] = cy - along; }
        }
    }

    // ---- Data centre in a snowy Nordic landscape, with pylons and an aurora -----------------

    static void nordicDataCentre(Graphics2D g, Random rnd) {
        double ground = 640;
        vgrad(g, rect(0, 0, W, ground + 10), rgb(0x142240), rgb(0x2b4466), rgb(0x5e7b94), rgb(0xb6c6cf));
        Art.stars(g, rnd, 120, 0, 0, W, 420, 1.4, 200);
        // Aurora curtains: stacked translucent bands that all share the same lower edge, so the
        // colour builds up towards the bottom and fades upwards.
        for (int band = 0; band < 2; band++) {
            double phase = band * 2.1, baseY = 250 + band * 80;
            int layers = 26;
            for (int k = 1; k <= layers; k++) {
                Path2D curtain = new Path2D.Double();
                double f = (double) k / layers;
                for (double x = -20; x <= W + 20; x += 10) {
                    double y = baseY + Math.sin(x * 0.004 + phase) * 60 + Math.sin(x * 0.013 + phase) * 18;
                    double h = 60 + 110 * (0.5 + 0.5 * Math.sin(x * 0.011 + phase * 3));
                    if (x == -20) {
                        curtain.moveTo(x, y - h * f);
                    } else {
                        curtain.lineTo(x, y - h * f);
                    }
                }
                for (double x = W + 20; x >= -20; x -= 10) {
                    double y = baseY + Math.sin(x * 0.004 + phase) * 60 + Math.sin(x * 0.013 + phase) * 18;
                    curtain.lineTo(x, y + 4);
                }
                curtain.closePath();
                fill(g, curtain, band == 0 ? rgba(0x7fe8c0, 9) : rgba(0x9fd8e8, 7));
            }
        }
        fill(g, Art.ridge(rnd, -10, W + 10, 560, 590, 60, 0.55, ground + 10), rgb(0x7f93a6));
        fill(g, Art.ridge(rnd, -10, W + 10, 600, 610, 30, 0.5, ground + 10), rgb(0x5f7488));
        for (double x = -10; x < W + 10; x += 9 + rnd.nextDouble() * 8) {
            pine(g, x, ground + 4, 22 + rnd.nextDouble() * 26, rgb(0x243846));
        }
        vgrad(g, rect(0, ground, W, H - ground), rgb(0xe5ecf2), rgb(0xd1dce6), rgb(0xbccadb));

        // The data centre: a long low box seen slightly from above, with cooling units on the roof.
        double bx = 300, by = 520, bw = 820, bh = 150, depth = 60;
        fill(g, Art.ellipse(bx + bw / 2 + 40, by + bh + 6, bw * 0.62, 22), rgba(0x8aa0b8, 120));
        fill(g, poly(bx, by, bx + 70, by - depth, bx + bw + 70, by - depth, bx + bw, by), rgb(0xc5cfd8));
        Art.hgrad(g, rect(bx, by, bw, bh), rgb(0x7d8c9c), rgb(0x93a1b0), rgb(0x7a8898));
        fill(g, poly(bx + bw, by, bx + bw + 70, by - depth, bx + bw + 70, by + bh - depth, bx + bw, by + bh),
                rgb(0x5f6d7c));
        for (double x = bx + 20; x < bx + bw; x += 40) {
            fill(g, rect(x, by + 6, 2, bh - 12), rgba(0x5f6d7c, 120));
        }
        fill(g, rect(bx, by + 34, bw, 8), rgb(0x3fd0b6));
        glow(g, bx + bw / 2, by + 38, 300, rgba(0x3fd0b6, 40));
        fill(g, rect(bx + 360, by + 80, 90, 70), rgb(0x4a5664));
        for (int i = 0; i < 9; i++) {
            double ux = bx + 60 + i * 84, uy = by - 40;
            fill(g, poly(ux, uy + 26, ux + 16, uy + 8, ux + 76, uy + 8, ux + 60, uy + 26), rgb(0x9aa8b6));
            Art.stroke(g, Art.ellipse(ux + 38, uy + 17, 18, 6), rgb(0x5f6d7c), 2.5);
        }
        for (int i = 0; i < 3; i++) {
            double sx = bx + 180 + i * 250, sy = by - 70;
            for (int k = 0; k < 6; k++) {
                glow(g, sx + k * 14 + rnd.nextDouble() * 10, sy - k * 34, 36 + k * 10, rgba(0xf2f6fa, 70 - k * 8));
            }
        }
        // Snow on the roof edge.
        fill(g, rect(bx - 4, by - 4, bw + 8, 8), rgb(0xf2f6fa));

        // Pylons receding towards the building, with sagging cables.
        double[][] pylons = {{1490, 880, 1.0}, {1340, 700, 0.56}, {1250, 632, 0.34}};
        double[][] tips = new double[pylons.length][];
        for (int i = 0; i < pylons.length; i++) {
            tips[i] = pylon(g, pylons[i][0], pylons[i][1], pylons[i][2], rgb(0x3b4654));
        }
        for (int i = 0; i + 1 < pylons.length; i++) {
            for (int k = 0; k < 3; k++) {
                double x0 = tips[i][k * 2], y0 = tips[i][k * 2 + 1];
                double x1 = tips[i + 1][k * 2], y1 = tips[i + 1][k * 2 + 1];
                Path2D cable = new Path2D.Double();
                cable.moveTo(x0, y0);
                cable.quadTo((x0 + x1) / 2, (y0 + y1) / 2 + 40, x1, y1);
                stroke(g, cable, rgba(0x2b3440, 200), 1.6);
            }
        }
        for (int k = 0; k < 3; k++) {
            Path2D cable = new Path2D.Double();
            cable.moveTo(tips[2][k * 2], tips[2][k * 2 + 1]);
            cable.quadTo(tips[2][k * 2] - 50, tips[2][k * 2 + 1] + 10, bx + bw + 60, by - 20 + k * 4);
            stroke(g, cable, rgba(0x2b3440, 170), 1.2);
        }
        // Foreground pines.
        for (double[] p : new double[][] {{60, 900, 260}, {150, 905, 200}, {230, 910, 150}, {1590, 900, 240}}) {
            pine(g, p[0], p[1], p[2], rgb(0x1d3038));
        }
        for (int i = 0; i < 90; i++) {
            fill(g, circle(rnd.nextDouble() * W, rnd.nextDouble() * H, 1 + rnd.nextDouble() * 1.6),
                    rgba(0xffffff, 70 + rnd.nextInt(90)));
        }
        Art.vignette(g, W, H, 70);
    }

    private static void pine(Graphics2D g, double x, double base, double h, Color c) {
        fill(g, rect(x - h * 0.03, base - h * 0.15, h * 0.06, h * 0.16), darker(c, 0.3));
        for (int i = 0; i < 4; i++) {
            double t = i / 4.0;
            double w = h * (0.32 - t * 0.06);
            double y = base - h * 0.12 - t * h * 0.7;
            fill(g, poly(x - w, y, x, y - h * 0.42, x + w, y), c);
        }
        fill(g, poly(x - h * 0.12, base - h * 0.12 - h * 0.52, x, base - h, x + h * 0.12, base - h * 0.64),
                lighter(c, 0.05));
    }

    /** Draws a lattice pylon and returns the three cable attachment points (x0,y0,x1,y1,x2,y2). */
    private static double[] pylon(Graphics2D g, double x, double base, double s, Color c) {
        double h = 360 * s, w = 70 * s, top = base - h;
        double lw = Math.max(1.2, 3.2 * s);
        line(g, x - w, base, x - w * 0.18, top, c, lw * 1.4);
        line(g, x + w, base, x + w * 0.18, top, c, lw * 1.4);
        int n = 7;
        for (int i = 0; i < n; i++) {
            double t0 = (double) i / n, t1 = (double) (i + 1) / n;
            double y0 = base - h * t0, y1 = base - h * t1;
            double a0 = w - (w - w * 0.18) * t0, a1 = w - (w - w * 0.18) * t1;
            line(g, x - a0, y0, x + a1, y1, c, lw * 0.7);
            line(g, x + a0, y0, x - a1, y1, c, lw * 0.7);
            line(g, x - a1, y1, x + a1, y1, c, lw * 0.7);
        }
        double arm1 = top + h * 0.08, arm2 = top + h * 0.28;
        line(g, x - w * 1.3, arm1, x + w * 1.3, arm1, c, lw);
        line(g, x - w * 1.0, arm2, x + w * 1.0, arm2, c, lw);
        line(g, x - w * 1.3, arm1, x - w * 0.2, arm1 - h * 0.06, c, lw * 0.7);
        line(g, x + w * 1.3, arm1, x + w * 0.2, arm1 - h * 0.06, c, lw * 0.7);
        fill(g, poly(x - w * 0.18, top, x, top - h * 0.08, x + w * 0.18, top), c);
        return new double[] {x - w * 1.25, arm1 + 8 * s, x + w * 1.25, arm1 + 8 * s, x - w * 0.95, arm2 + 8 * s};
    }
}
