package news.dateline.demo.art;

import static news.dateline.demo.art.Art.H;
import static news.dateline.demo.art.Art.W;
import static news.dateline.demo.art.Art.circle;
import static news.dateline.demo.art.Art.darker;
import static news.dateline.demo.art.Art.ellipse;
import static news.dateline.demo.art.Art.fill;
import static news.dateline.demo.art.Art.glow;
import static news.dateline.demo.art.Art.gradient;
import static news.dateline.demo.art.Art.hgrad;
import static news.dateline.demo.art.Art.lighter;
import static news.dateline.demo.art.Art.line;
import static news.dateline.demo.art.Art.mix;
import static news.dateline.demo.art.Art.poly;
import static news.dateline.demo.art.Art.rect;
import static news.dateline.demo.art.Art.rgb;
import static news.dateline.demo.art.Art.rgba;
import static news.dateline.demo.art.Art.vgrad;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/** City scenes: a dusk skyline with drones, a hillside coastal town in the heat. */
final class CityScenes {

    private CityScenes() {
    }

    // ---- Moscow skyline at dusk, with drones as small dots -------------------------------

    static void moscowSkyline(Graphics2D g, Random rnd) {
        double horizon = 640;
        gradient(g, rect(0, 0, W, horizon + 20), 0, 0, 0, horizon,
                new float[] {0f, 0.42f, 0.74f, 1f},
                new Color[] {rgb(0x1b2140), rgb(0x443a66), rgb(0xa8637a), rgb(0xeea676)});
        glow(g, 1130, 630, 520, rgba(0xffcf96, 150));
        glow(g, 1130, 640, 180, rgba(0xfff0cf, 160));
        Art.stars(g, rnd, 70, 0, 0, W, 260, 1.4, 150);

        // Far layer: hazy blocks and a cluster of glass business towers.
        Color far = rgb(0x8a6f92);
        for (double x = -20; x < W; ) {
            double w = 30 + rnd.nextDouble() * 60;
            double h = 30 + rnd.nextDouble() * 70;
            fill(g, rect(x, horizon - h, w + 1, h + 30), far);
            x += w;
        }
        double[][] towers = {{1040, 250, 60}, {1110, 330, 70}, {1190, 390, 64}, {1262, 300, 58},
            {1330, 230, 52}, {975, 190, 48}};
        for (double[] t : towers) {
            double x = t[0], h = t[1], w = t[2];
            Path2D tower = poly(x, horizon, x, horizon - h + 18, x + w * 0.5, horizon - h,
                    x + w, horizon - h + 26, x + w, horizon);
            gradient(g, tower, x, 0, x + w, 0, rgb(0x54466f), rgb(0x7a6390), rgb(0x4a3e66));
            gradient(g, tower, 0, horizon - h, 0, horizon, rgba(0xf3b08a, 0), rgba(0xf3b08a, 45));
            for (double wy = horizon - h + 40; wy < horizon - 20; wy += 14) {
                for (double wx = x + 6; wx < x + w - 8; wx += 10) {
                    if (rnd.nextDouble() < 0.16) {
                        fill(g, rect(wx, wy, 4, 6), rgba(0xffd79a, 120 + rnd.nextInt(100)));
                    }
                }
            }
        }

        // Middle layer: a tiered high-rise with a spire, plus blocks.
        Color mid = rgb(0x4d3f66);
        for (double x = -20; x < W; ) {
            double w = 40 + rnd.nextDouble() * 80;
            double h = 20 + rnd.nextDouble() * 50;
            fill(g, rect(x, horizon - h + 10, w + 1, h + 30), mid);
            x += w;
        }
        tieredTower(g, 330, horizon + 10, mid);
        tieredTower(g, 1480, horizon + 10, mid, 0.6);

        // Near layer: a fortress wall with tent-roofed towers, cathedral domes and a bell tower.
        Color near = rgb(0x2b2542);
        fill(g, rect(0, horizon - 10, W, 80), near);
        for (double x = 0; x < W; x += 22) {
            fill(g, poly(x, horizon - 10, x + 2, horizon - 24, x + 7, horizon - 18, x + 12, horizon - 24,
                    x + 14, horizon - 10), near);
        }
        for (double x : new double[] {90, 520, 1260}) {
            wallTower(g, x, horizon - 10, near, 1.0);
        }
        wallTower(g, 650, horizon - 10, near, 1.5);
        cathedral(g, 760, horizon - 10, near);
        bellTower(g, 1010, horizon - 10, near);

        // River with reflections and an embankment with lamps.
        double river = horizon + 60;
        gradient(g, rect(0, river, W, H - river), 0, river, 0, H,
                rgb(0x5a4466), rgb(0x2a2440), rgb(0x161428));
        fill(g, rect(0, river - 8, W, 10), rgb(0x1c182e));
        for (int i = 0; i < 60; i++) {
            double y = river + 10 + Math.pow(rnd.nextDouble(), 1.6) * (H - river - 20);
            double spread = 40 + (y - river) * 0.8;
            double x = 1130 + (rnd.nextDouble() * 2 - 1) * spread;
            double len = 20 + rnd.nextDouble() * 70;
            line(g, x - len / 2, y, x + len / 2, y, rgba(0xffd6a0, 50 + rnd.nextInt(90)), 2.2);
        }
        for (double x = 30; x < W; x += 96) {
            glow(g, x, river - 14, 16, rgba(0xffd08a, 160));
            fill(g, circle(x, river - 14, 2.4), rgb(0xffe6b8));
            line(g, x, river + 6, x, river + 40, rgba(0xffd08a, 70), 2.5);
        }

        // Drones: a loose scatter of small dark dots with tiny navigation lights.
        double[][] drones = {{420, 150}, {470, 182}, {522, 140}, {565, 205}, {612, 168}, {690, 120},
            {735, 196}, {790, 150}, {318, 210}, {860, 230}, {905, 110}, {250, 128}, {980, 176}};
        for (double[] d : drones) {
            double x = d[0] + rnd.nextDouble() * 14, y = d[1] + rnd.nextDouble() * 14;
            boolean red = rnd.nextBoolean();
            glow(g, x, y, 12, red ? rgba(0xff6a5a, 90) : rgba(0xfff3d6, 80));
            fill(g, circle(x, y, 3.8), rgb(0x141226));
            fill(g, circle(x + 1.4, y - 1.4, 1.4), red ? rgb(0xff7a66) : rgb(0xfff3d6));
        }
        Art.vignette(g, W, H, 70);
    }

    private static void tieredTower(Graphics2D g, double cx, double base, Color c) {
        tieredTower(g, cx, base, c, 1.0);
    }

    private static void tieredTower(Graphics2D g, double cx, double base, Color c, double s) {
        fill(g, rect(cx - 150 * s, base - 110 * s, 300 * s, 110 * s), c);
        fill(g, rect(cx - 95 * s, base - 190 * s, 190 * s, 90 * s), c);
        fill(g, rect(cx - 62 * s, base - 270 * s, 124 * s, 90 * s), c);
        fill(g, rect(cx - 40 * s, base - 330 * s, 80 * s, 70 * s), c);
        fill(g, rect(cx - 24 * s, base - 370 * s, 48 * s, 50 * s), c);
        fill(g, poly(cx - 20 * s, base - 370 * s, cx, base - 440 * s, cx + 20 * s, base - 370 * s), c);
        line(g, cx, base - 440 * s, cx, base - 480 * s, c, 3 * s);
        fill(g, circle(cx, base - 482 * s, 5 * s), c);
        for (double y = base - 100 * s; y > base - 330 * s; y -= 16 * s) {
            for (double x = cx - 50 * s; x < cx + 50 * s; x += 14 * s) {
                if ((int) (x * 7 + y * 3) % 5 == 0) {
                    fill(g, rect(x, y, 4 * s, 6 * s), rgba(0xffcf8a, 110));
                }
            }
        }
    }

    private static void wallTower(Graphics2D g, double cx, double base, Color c, double s) {
        fill(g, rect(cx - 22 * s, base - 80 * s, 44 * s, 80 * s), c);
        fill(g, rect(cx - 26 * s, base - 88 * s, 52 * s, 10 * s), c);
        fill(g, poly(cx - 22 * s, base - 88 * s, cx, base - 160 * s, cx + 22 * s, base - 88 * s), c);
        line(g, cx, base - 160 * s, cx, base - 176 * s, c, 2);
    }

    private static Path2D onion(double cx, double base, double w, double h) {
        Path2D p = new Path2D.Double();
        p.moveTo(cx - w * 0.42, base);
        p.curveTo(cx - w * 0.8, base - h * 0.35, cx - w * 0.35, base - h * 0.62, cx, base - h);
        p.curveTo(cx + w * 0.35, base - h * 0.62, cx + w * 0.8, base - h * 0.35, cx + w * 0.42, base);
        p.closePath();
        return p;
    }

    private static void dome(Graphics2D g, double cx, double top, double drumH, double w, Color c) {
        fill(g, rect(cx - w * 0.38, top - drumH, w * 0.76, drumH + 2), c);
        Path2D bulb = onion(cx, top - drumH, w, w * 1.25);
        gradient(g, bulb, cx - w * 0.6, 0, cx + w * 0.6, 0, mix(c, rgb(0xc9965a), 0.35), c, c);
        gradient(g, bulb, cx - w * 0.6, top - drumH - w * 1.25, cx, top - drumH,
                rgba(0xffcf8a, 0), rgba(0xffcf8a, 0), rgba(0xe8b070, 70));
        line(g, cx, top - drumH - w * 1.25, cx, top - drumH - w * 1.25 - 18, c, 2.2);
    }

    private static void cathedral(Graphics2D g, double x, double base, Color c) {
        fill(g, rect(x, base - 90, 200, 90), c);
        fill(g, rect(x + 40, base - 120, 120, 40), c);
        dome(g, x + 100, base - 120, 50, 62, c);
        dome(g, x + 38, base - 90, 34, 40, c);
        dome(g, x + 162, base - 90, 34, 40, c);
        dome(g, x + 70, base - 118, 22, 30, c);
        dome(g, x + 130, base - 118, 22, 30, c);
        for (double wx = x + 20; wx < x + 190; wx += 30) {
            fill(g, rect(wx, base - 60, 8, 22), rgba(0xffcf8a, 120));
        }
    }

    private static void bellTower(Graphics2D g, double cx, double base, Color c) {
        double[][] tiers = {{56, 90}, {46, 80}, {38, 70}, {30, 50}};
        double y = base;
        for (double[] t : tiers) {
            fill(g, rect(cx - t[0] / 2, y - t[1], t[0], t[1] + 1), c);
            fill(g, rect(cx - t[0] / 2 - 4, y - t[1] - 6, t[0] + 8, 7), c);
            y -= t[1] + 6;
        }
        fill(g, onion(cx, y, 38, 52), c);
        line(g, cx, y - 52, cx, y - 76, c, 2.4);
    }

    // ---- Coastal hill town in early heat ---------------------------------------------------

    static void heatCoast(Graphics2D g, Random rnd) {
        double sea = 610;
        vgrad(g, rect(0, 0, W, sea), rgb(0xe9c590), rgb(0xf2dbb0), rgb(0xf7ead2));
        glow(g, 1180, 220, 520, rgba(0xfff1cf, 170));
        for (int i = 4; i >= 1; i--) {
            fill(g, circle(1180, 220, 90 + i * 34), rgba(0xfff5dc, 26));
        }
        fill(g, circle(1180, 220, 92), rgb(0xfff8e8));
        // Heat shimmer lines.
        for (int i = 0; i < 6; i++) {
            double y = 420 + i * 28;
            Path2D wave = new Path2D.Double();
            wave.moveTo(700, y);
            for (double x = 700; x <= W; x += 10) {
                wave.lineTo(x, y + Math.sin(x * 0.03 + i) * 3);
            }
            Art.stroke(g, wave, rgba(0xffffff, 40), 2);
        }
        fill(g, Art.ridge(rnd, 700, W + 10, sea - 40, sea - 10, 25, 0.55, sea + 2), rgb(0xd9c3a0));

        // Sea.
        vgrad(g, rect(0, sea, W, H - sea), rgb(0x77aeb0), rgb(0x4a8995), rgb(0x2f6a7a));
        for (int i = 0; i < 140; i++) {
            double y = sea + 6 + Math.pow(rnd.nextDouble(), 1.3) * (H - sea - 10);
            double x = 1330 + (rnd.nextDouble() * 2 - 1) * (60 + (y - sea) * 0.9);
            double len = 10 + rnd.nextDouble() * 40;
            line(g, x, y, x + len, y, rgba(0xfff6df, 60 + rnd.nextInt(110)), 2);
        }

        // The hill, terraces and olive trees.
        Path2D hill = new Path2D.Double();
        hill.moveTo(-10, H);
        hill.lineTo(-10, 300);
        hill.curveTo(260, 250, 520, 330, 760, 470);
        hill.curveTo(900, 550, 1020, 610, 1180, 660);
        hill.curveTo(1300, 700, 1350, 760, 1300, H);
        hill.closePath();
        vgrad(g, hill, rgb(0xcf9f6c), rgb(0xb7835a), rgb(0x9a6a48));
        g.setClip(hill);
        for (int i = 0; i < 9; i++) {
            double y = 300 + i * 62;
            Path2D t = new Path2D.Double();
            t.moveTo(-10, y);
            t.curveTo(400, y + 40, 800, y + 90, 1300, y + 220);
            Art.stroke(g, t, rgba(0xe7c592, 70), 5);
        }
        for (int i = 0; i < 60; i++) {
            double x = rnd.nextDouble() * 1200, y = hillY(x) + 30 + rnd.nextDouble() * 500;
            fill(g, circle(x, y, 7 + rnd.nextDouble() * 6), rgba(0x5f6b3d, 200));
            fill(g, circle(x + 5, y - 4, 5), rgba(0x78844c, 200));
        }
        g.setClip(Art.rect(0, 0, W, H));

        // Houses, sorted so lower (nearer) houses overlap the ones above.
        Color[] walls = {rgb(0xf4ead6), rgb(0xf1dcc0), rgb(0xe9c7a4), rgb(0xf6efe3), rgb(0xe2b28a),
            rgb(0xead7b8)};
        List<double[]> houses = new ArrayList<>();
        for (int i = 0; i < 95; i++) {
            double x = 20 + rnd.nextDouble() * 1130;
            double depth = 20 + rnd.nextDouble() * Math.min(320, 860 - hillY(x));
            houses.add(new double[] {x, hillY(x) + depth, 40 + rnd.nextDouble() * 40,
                30 + rnd.nextDouble() * 34, rnd.nextInt(walls.length), rnd.nextInt(3)});
        }
        houses.sort(Comparator.comparingDouble(h -> h[1]));
        for (int i = 0; i < houses.size(); i++) {
            double[] h = houses.get(i);
            house(g, h[0], h[1], h[2], h[3], walls[(int) h[4]], (int) h[5]);
            if (i == 14) {
                belfry(g, 360, hillY(360) + 40);
            }
        }

        // A strip of beach with parasols in the foreground.
        Path2D beach = poly(1000, H, 1150, 790, 1600, 780, 1600, H);
        vgrad(g, beach, rgb(0xe8d2a8), rgb(0xd9bd8e));
        Color[] umbrellas = {rgb(0xc4553f), rgb(0x2f6f73), rgb(0xe0a43a), rgb(0xf3ece0), rgb(0x2f6f73)};
        for (int i = 0; i < 5; i++) {
            double x = 1200 + i * 78, y = 820 + (i % 2) * 30;
            line(g, x, y, x, y + 44, rgb(0x6b5842), 3);
            Path2D canopy = new Path2D.Double();
            canopy.moveTo(x - 34, y + 4);
            canopy.quadTo(x, y - 30, x + 34, y + 4);
            canopy.closePath();
            fill(g, canopy, umbrellas[i]);
            fill(g, Art.ellipse(x + 6, y + 48, 26, 5), rgba(0x8a6b45, 90));
        }
        Art.vignette(g, W, H, 45);
    }

    private static double hillY(double x) {
        // Approximation of the hill's top edge used for placing houses.
        if (x < 760) {
            return 290 + Math.pow(x / 760, 1.6) * 180;
        }
        return 470 + (x - 760) / 420 * 190;
    }

    private static void house(Graphics2D g, double x, double base, double w, double h, Color wall, int roof) {
        double side = w * 0.28;
        fill(g, rect(x, base - h, w, h), wall);
        fill(g, poly(x + w, base - h, x + w + side, base - h - side * 0.35, x + w + side, base - side * 0.35,
                x + w, base), darker(wall, 0.22));
        if (roof == 0) {
            fill(g, poly(x - 3, base - h, x + w * 0.5, base - h - 16, x + w + 3, base - h), rgb(0xb45a3c));
            fill(g, poly(x + w * 0.5, base - h - 16, x + w + side, base - h - side * 0.35 - 12,
                    x + w + side, base - h - side * 0.35, x + w + 3, base - h), rgb(0x94452f));
        } else {
            fill(g, rect(x - 2, base - h - 4, w + 4, 5), lighter(wall, 0.3));
        }
        Color shutter = roof == 2 ? rgb(0x3f6f6a) : rgb(0x7a5a44);
        int cols = Math.max(1, (int) (w / 22));
        for (int c = 0; c < cols; c++) {
            double wx = x + (c + 0.5) * w / cols - 4;
            fill(g, rect(wx, base - h + 10, 8, 11), shutter);
            if (h > 45) {
                fill(g, rect(wx, base - h + 30, 8, 11), shutter);
            }
        }
    }

    private static void belfry(Graphics2D g, double cx, double base) {
        Color stone = rgb(0xf0e2c8), shade = darker(stone, 0.2);
        fill(g, rect(cx - 24, base - 190, 48, 190), stone);
        fill(g, poly(cx + 24, base - 190, cx + 36, base - 195, cx + 36, base - 4, cx + 24, base), shade);
        // Bell chamber with an arched opening, cornice and a small dome.
        fill(g, rect(cx - 28, base - 200, 56, 10), lighter(stone, 0.3));
        fill(g, rect(cx - 24, base - 250, 48, 50), stone);
        fill(g, poly(cx + 24, base - 250, cx + 36, base - 255, cx + 36, base - 195, cx + 24, base - 200), shade);
        Path2D arch = new Path2D.Double();
        arch.moveTo(cx - 11, base - 204);
        arch.lineTo(cx - 11, base - 230);
        arch.quadTo(cx, base - 246, cx + 11, base - 230);
        arch.lineTo(cx + 11, base - 204);
        arch.closePath();
        fill(g, arch, rgb(0x5e4a3a));
        fill(g, rect(cx - 28, base - 258, 64, 9), lighter(stone, 0.3));
        Path2D cupola = new Path2D.Double();
        cupola.moveTo(cx - 22, base - 258);
        cupola.curveTo(cx - 22, base - 292, cx + 30, base - 292, cx + 30, base - 258);
        cupola.closePath();
        hgrad(g, cupola, rgb(0xd07a52), rgb(0xa9553a));
        line(g, cx + 4, base - 286, cx + 4, base - 304, rgb(0x6b5842), 2.5);
        fill(g, rect(cx - 8, base - 160, 14, 22), rgb(0x7a5a44));
        fill(g, rect(cx - 8, base - 110, 14, 22), rgb(0x7a5a44));
    }
}
