package news.dateline.demo.art;

import static news.dateline.demo.art.Art.H;
import static news.dateline.demo.art.Art.W;
import static news.dateline.demo.art.Art.circle;
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
import java.util.Random;

/** Civic architecture: a neoclassical parliament at dawn after an all-night sitting. */
final class CivicScenes {

    private CivicScenes() {
    }

    static void parliament(Graphics2D g, Random rnd) {
        gradient(g, rect(0, 0, W, H), 0, 0, 0, 780,
                new float[] {0f, 0.55f, 1f},
                new Color[] {rgb(0x8aa0bf), rgb(0xd6bfc6), rgb(0xf3d5b0)});
        glow(g, 1260, 700, 560, rgba(0xffe2b5, 170));
        for (int i = 0; i < 7; i++) {
            double x = 180 + rnd.nextDouble() * 300, y = 90 + rnd.nextDouble() * 120;
            Path2D bird = new Path2D.Double();
            bird.moveTo(x - 10, y - 4);
            bird.quadTo(x - 4, y - 6, x, y);
            bird.quadTo(x + 4, y - 6, x + 10, y - 4);
            Art.stroke(g, bird, rgba(0x4a4e63, 170), 2);
        }
        Color stone = rgb(0xe6dccb), shade = rgb(0xb9ab98), deep = rgb(0x8f8373);

        // Dome behind the portico.
        double cx = 800;
        hgrad(g, rect(cx - 130, 170, 260, 110), shade, stone, shade);
        for (double x = cx - 110; x <= cx + 110; x += 27.5) {
            fill(g, rect(x - 4, 185, 8, 80), rgba(0x8f8373, 150));
        }
        hgrad(g, rect(cx - 145, 160, 290, 14), deep, stone, deep);
        Path2D domeShape = new Path2D.Double();
        domeShape.moveTo(cx - 135, 162);
        domeShape.curveTo(cx - 130, 60, cx - 50, 40, cx, 40);
        domeShape.curveTo(cx + 50, 40, cx + 130, 60, cx + 135, 162);
        domeShape.closePath();
        hgrad(g, domeShape, rgb(0x8e9aa4), rgb(0xc8d0d2), rgb(0x7d8892));
        for (int i = -3; i <= 3; i++) {
            Path2D rib = new Path2D.Double();
            rib.moveTo(cx + i * 38, 162);
            rib.quadTo(cx + i * 30, 70, cx, 42);
            Art.stroke(g, rib, rgba(0x6c7781, 120), 2);
        }
        hgrad(g, rect(cx - 16, 6, 32, 38), shade, stone, shade);
        fill(g, ellipse(cx, 6, 18, 6), deep);

        // Side wings.
        hgrad(g, rect(120, 420, 200, 290), shade, stone);
        hgrad(g, rect(1280, 420, 200, 290), stone, shade);
        for (double y = 450; y < 680; y += 70) {
            for (double x : new double[] {150, 205, 260, 1310, 1365, 1420}) {
                fill(g, rect(x, y, 28, 44), rgb(0x5d5a63));
                fill(g, rect(x + 3, y + 3, 22, 38), rgba(0xf6c877, 200 - (int) (y - 450) / 3));
            }
        }
        fill(g, rect(110, 405, 220, 18), stone);
        fill(g, rect(1270, 405, 220, 18), stone);

        // Portico wall with lit doors.
        fill(g, rect(330, 410, 940, 290), rgb(0x6a6570));
        // Pediment and entablature.
        fill(g, poly(300, 360, 800, 240, 1300, 360), stone);
        fill(g, poly(345, 352, 800, 258, 1255, 352), shade);
        hgrad(g, rect(300, 358, 1000, 52), stone, lighter(stone, 0.3), stone);
        fill(g, rect(300, 392, 1000, 4), deep);
        fill(g, rect(300, 356, 1000, 4), lighter(stone, 0.4));

        int n = 8;
        double colW = 48, left = 372, right = 1228;
        for (int i = 0; i < n; i++) {
            double x = left + (right - left) * i / (n - 1) - colW / 2;
            if (i < n - 1) {
                double mid = x + colW + ((right - left) / (n - 1) - colW) / 2;
                Path2D opening = new Path2D.Double();
                opening.moveTo(mid - 24, 690);
                opening.lineTo(mid - 24, 490);
                opening.quadTo(mid, 462, mid + 24, 490);
                opening.lineTo(mid + 24, 690);
                opening.closePath();
                fill(g, opening, rgb(0x4b4851));
                Art.gradient(g, Art.round(mid - 18, 484, 36, 206, 30), 0, 480, 0, 690,
                        rgb(0xf3cf8c), rgb(0xe9b566));
                line(g, mid, 484, mid, 690, rgba(0x4b4851, 200), 3);
                for (double wy = 540; wy < 690; wy += 50) {
                    line(g, mid - 18, wy, mid + 18, wy, rgba(0x4b4851, 200), 3);
                }
                glow(g, mid, 600, 90, rgba(0xf6c877, 60));
            }
            hgrad(g, rect(x, 420, colW, 270), deep, lighter(stone, 0.25), stone, shade, deep);
            for (int f = 1; f < 5; f++) {
                fill(g, rect(x + f * colW / 5 - 0.8, 424, 1.6, 262), rgba(0x8f8373, 80));
            }
            fill(g, rect(x - 7, 408, colW + 14, 14), stone);
            fill(g, rect(x - 5, 686, colW + 10, 12), stone);
        }
        // Steps.
        for (int s = 0; s < 6; s++) {
            double y = 696 + s * 16, inset = 30 - s * 6;
            fill(g, rect(300 - s * 18 + inset, y, 1000 + s * 36 - 2 * inset, 17), mix(stone, shade, s * 0.09));
            fill(g, rect(300 - s * 18 + inset, y + 14, 1000 + s * 36 - 2 * inset, 3), rgba(0x8f8373, 140));
        }
        // Plaza, trees, lamps, flag.
        vgrad(g, rect(0, 792, W, H - 792), rgb(0xc9bca8), rgb(0xa99c88));
        for (double x = -40; x < W; x += 110) {
            line(g, x, 900, x + (x - 800) * 0.25 + 20, 792, rgba(0x8f8373, 70), 1.5);
        }
        tree(g, 70, 800, rnd);
        tree(g, 1530, 800, rnd);
        for (double x : new double[] {230, 1370}) {
            line(g, x, 800, x, 640, rgb(0x3d3a42), 5);
            fill(g, circle(x, 632, 11), rgb(0xf7dca4));
            glow(g, x, 632, 40, rgba(0xffd28a, 120));
        }
        line(g, 1460, 800, 1460, 330, rgb(0x4a4752), 5);
        Path2D flag = new Path2D.Double();
        flag.moveTo(1462, 336);
        flag.curveTo(1500, 326, 1530, 350, 1570, 338);
        flag.lineTo(1570, 398);
        flag.curveTo(1530, 410, 1500, 386, 1462, 396);
        flag.closePath();
        hgrad(g, flag, rgb(0x7a2f3a), rgb(0x9b4450), rgb(0x7a2f3a));
        Art.vignette(g, W, H, 40);
    }

    private static void tree(Graphics2D g, double x, double base, Random rnd) {
        line(g, x, base, x, base - 90, rgb(0x4a3b30), 10);
        for (int i = 0; i < 9; i++) {
            double a = i / 9.0 * Math.PI * 2;
            double r = 40 + rnd.nextDouble() * 20;
            fill(g, circle(x + Math.cos(a) * 38, base - 150 + Math.sin(a) * 40, r),
                    i % 2 == 0 ? rgb(0x4f6b45) : rgb(0x5e7a50));
        }
        fill(g, circle(x, base - 150, 48), rgb(0x587449));
    }
}
