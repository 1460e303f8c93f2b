package news.dateline.demo.art;

import static news.dateline.demo.art.Art.circle;
import static news.dateline.demo.art.Art.darker;
import static news.dateline.demo.art.Art.ellipse;
import static news.dateline.demo.art.Art.fill;
import static news.dateline.demo.art.Art.lighter;
import static news.dateline.demo.art.Art.poly;
import static news.dateline.demo.art.Art.rect;
import static news.dateline.demo.art.Art.rgb;
import static news.dateline.demo.art.Art.rgba;
import static news.dateline.demo.art.Art.stroke;
import static news.dateline.demo.art.Art.vgrad;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.util.Random;

/**
 * Abstract head-and-shoulders portraits for the demo bylines: featureless, stylised figures on
 * coloured backgrounds, each with its own hair, clothing and palette.
 */
final class Portraits {

    /** Side of the square virtual canvas. */
    static final double SIZE = 1000;

    private static final double FIGURE_SCALE = 1.12;
    private static final double CX = 500, HEAD_Y = 445, HEAD_RX = 138, HEAD_RY = 172;

    private Portraits() {
    }

    static void aditya(Graphics2D g, Random rnd) {
        Color skin = rgb(0xa8714f);
        background(g, rgb(0x4f7c80), rgb(0x3e676b), rgb(0x6e9c9c), 0);
        torso(g, rgb(0x2f3e55), skin);
        collar(g, rgb(0xeae4d8));
        head(g, skin);
        Path2D hair = new Path2D.Double();
        hair.moveTo(CX - HEAD_RX - 4, HEAD_Y - 10);
        hair.curveTo(CX - HEAD_RX - 16, HEAD_Y - 170, CX - 40, HEAD_Y - 230, CX + 40, HEAD_Y - 196);
        hair.curveTo(CX + 120, HEAD_Y - 186, CX + HEAD_RX + 14, HEAD_Y - 120, CX + HEAD_RX + 4, HEAD_Y - 30);
        hair.curveTo(CX + 110, HEAD_Y - 110, CX + 20, HEAD_Y - 130, CX - 60, HEAD_Y - 96);
        hair.curveTo(CX - 100, HEAD_Y - 80, CX - 118, HEAD_Y - 50, CX - HEAD_RX - 4, HEAD_Y - 10);
        hair.closePath();
        hairFill(g, hair, rgb(0x1f1a1a));
        // Glasses.
        Color frame = rgb(0x1c1a1a);
        stroke(g, Art.round(CX - 116, HEAD_Y - 12, 92, 64, 26), frame, 7);
        stroke(g, Art.round(CX + 24, HEAD_Y - 12, 92, 64, 26), frame, 7);
        fill(g, Art.round(CX - 112, HEAD_Y - 8, 84, 56, 22), rgba(0xffffff, 40));
        fill(g, Art.round(CX + 28, HEAD_Y - 8, 84, 56, 22), rgba(0xffffff, 40));
        stroke(g, new java.awt.geom.QuadCurve2D.Double(CX - 24, HEAD_Y + 6, CX, HEAD_Y - 8, CX + 24, HEAD_Y + 6),
                frame, 6);
    }

    static void maria(Graphics2D g, Random rnd) {
        Color skin = rgb(0x6e4533), hair = rgb(0x241916);
        background(g, rgb(0xc9714f), rgb(0xb55f40), rgb(0xe09273), 1);
        // Voluminous curls behind and around the head.
        Area curls = new Area();
        for (int i = 0; i < 70; i++) {
            double a = Math.PI * (0.92 + rnd.nextDouble() * 1.16);
            double r = 150 + rnd.nextDouble() * 60;
            double x = CX + Math.cos(a) * r * 1.12, y = HEAD_Y - 30 + Math.sin(a) * r;
            curls.add(new Area(circle(x, y, 46 + rnd.nextDouble() * 26)));
        }
        curls.add(new Area(ellipse(CX, HEAD_Y - 40, 220, 210)));
        hairFill(g, curls, hair);
        torso(g, rgb(0xd6a440), skin);
        neckline(g, skin, rgb(0xd6a440), 70);
        head(g, skin);
        Path2D fringe = new Path2D.Double();
        fringe.moveTo(CX - HEAD_RX - 10, HEAD_Y - 20);
        fringe.curveTo(CX - 120, HEAD_Y - 150, CX + 120, HEAD_Y - 150, CX + HEAD_RX + 10, HEAD_Y - 20);
        fringe.curveTo(CX + 80, HEAD_Y - 110, CX - 80, HEAD_Y - 110, CX - HEAD_RX - 10, HEAD_Y - 20);
        fringe.closePath();
        hairFill(g, new Area(fringe), hair);
        Area hairline = new Area();
        for (int i = 0; i <= 16; i++) {
            double a = Math.PI * (1.08 + i / 16.0 * 0.84);
            hairline.add(new Area(circle(CX + Math.cos(a) * 142, HEAD_Y - 20 + Math.sin(a) * 132, 30)));
        }
        hairFill(g, hairline, hair);
        for (int i = 0; i < 26; i++) {
            double a = Math.PI * (0.95 + rnd.nextDouble() * 1.1);
            double r = 170 + rnd.nextDouble() * 50;
            double x = CX + Math.cos(a) * r * 1.1, y = HEAD_Y - 30 + Math.sin(a) * r;
            double start = rnd.nextDouble() * 360;
            stroke(g, new java.awt.geom.Arc2D.Double(x - 16, y - 16, 32, 32, start, 200, java.awt.geom.Arc2D.OPEN),
                    rgba(0x5a4238, 110), 4);
        }
        fill(g, circle(CX - HEAD_RX - 2, HEAD_Y + 70, 14), rgb(0xe8c45a));
        fill(g, circle(CX + HEAD_RX + 2, HEAD_Y + 70, 14), rgb(0xe8c45a));
    }

    static void lukas(Graphics2D g, Random rnd) {
        Color skin = rgb(0xe2b99a), hair = rgb(0x8a6a4a);
        background(g, rgb(0x5a6f8f), rgb(0x4b5e7c), rgb(0x7186a6), 2);
        torso(g, rgb(0x5f6b4a), skin);
        neckline(g, skin, rgb(0x5f6b4a), 30);
        head(g, skin);
        // Short cropped hair.
        Path2D cap = new Path2D.Double();
        cap.moveTo(CX - HEAD_RX - 6, HEAD_Y - 10);
        cap.curveTo(CX - HEAD_RX - 14, HEAD_Y - 240, CX + HEAD_RX + 14, HEAD_Y - 240, CX + HEAD_RX + 6, HEAD_Y - 10);
        cap.curveTo(CX + HEAD_RX - 10, HEAD_Y - 70, CX + 100, HEAD_Y - 104, CX + 40, HEAD_Y - 110);
        cap.curveTo(CX - 20, HEAD_Y - 116, CX - 100, HEAD_Y - 104, CX - HEAD_RX + 10, HEAD_Y - 70);
        cap.closePath();
        hairFill(g, cap, hair);
        // Full beard along the jaw.
        Area beard = new Area(ellipse(CX, HEAD_Y + 14, HEAD_RX + 6, HEAD_RY + 14));
        beard.subtract(new Area(ellipse(CX, HEAD_Y - 40, HEAD_RX + 30, 130)));
        beard.subtract(new Area(rect(0, 0, SIZE, HEAD_Y - 10)));
        hairFill(g, beard, darker(hair, 0.1));
        fill(g, Art.round(CX - 34, HEAD_Y + 96, 68, 10, 10), rgba(0x4a3526, 120));
    }

    static void sofia(Graphics2D g, Random rnd) {
        Color skin = rgb(0xe8c2a0), hair = rgb(0x5a2e22);
        background(g, rgb(0x8fa58a), rgb(0x7c9377), rgb(0xb3c4a8), 0);
        // Long hair falling behind the shoulders.
        Path2D back = new Path2D.Double();
        back.moveTo(CX - 200, HEAD_Y - 40);
        back.curveTo(CX - 230, HEAD_Y - 260, CX + 230, HEAD_Y - 260, CX + 200, HEAD_Y - 40);
        back.curveTo(CX + 230, HEAD_Y + 140, CX + 250, HEAD_Y + 260, CX + 220, HEAD_Y + 370);
        back.lineTo(CX - 220, HEAD_Y + 370);
        back.curveTo(CX - 250, HEAD_Y + 260, CX - 230, HEAD_Y + 140, CX - 200, HEAD_Y - 40);
        back.closePath();
        hairFill(g, back, hair);
        torso(g, rgb(0xefe6d6), skin);
        neckline(g, skin, rgb(0xefe6d6), 60);
        // Scarf.
        Path2D scarf = new Path2D.Double();
        scarf.moveTo(CX - 90, 690);
        scarf.quadTo(CX, 760, CX + 90, 690);
        scarf.lineTo(CX + 100, 720);
        scarf.quadTo(CX, 800, CX - 100, 720);
        scarf.closePath();
        fill(g, scarf, rgb(0xb8573e));
        fill(g, poly(CX + 40, 740, CX + 80, 740, CX + 90, 880, CX + 46, 870), rgb(0xa44a33));
        head(g, skin);
        // Fringe and side hair framing the face.
        Path2D front = new Path2D.Double();
        front.moveTo(CX - HEAD_RX - 14, HEAD_Y + 120);
        front.curveTo(CX - HEAD_RX - 40, HEAD_Y - 120, CX - 80, HEAD_Y - 200, CX + 10, HEAD_Y - 190);
        front.curveTo(CX + 110, HEAD_Y - 190, CX + HEAD_RX + 40, HEAD_Y - 120, CX + HEAD_RX + 14, HEAD_Y + 120);
        front.curveTo(CX + HEAD_RX - 10, HEAD_Y, CX + 120, HEAD_Y - 50, CX + 60, HEAD_Y - 70);
        front.curveTo(CX, HEAD_Y - 60, CX - 60, HEAD_Y - 100, CX - 90, HEAD_Y - 60);
        front.curveTo(CX - 120, HEAD_Y - 30, CX - HEAD_RX + 6, HEAD_Y + 20, CX - HEAD_RX - 14, HEAD_Y + 120);
        front.closePath();
        hairFill(g, front, hair);
    }

    static void james(Graphics2D g, Random rnd) {
        Color skin = rgb(0xefc8ab), hair = rgb(0x9d9892);
        background(g, rgb(0xd2a84c), rgb(0xbf963d), rgb(0xe6c372), 1);
        torso(g, rgb(0x3a3d44), skin);
        // Shirt, tie and lapels.
        fill(g, poly(CX - 80, 690, CX + 80, 690, CX + 40, 1000, CX - 40, 1000), rgb(0xf4f1ea));
        fill(g, poly(CX - 20, 730, CX + 20, 730, CX + 30, 1000, CX - 30, 1000), rgb(0x8c2f2f));
        fill(g, poly(CX - 24, 704, CX + 24, 704, CX + 18, 736, CX - 18, 736), rgb(0x7a2727));
        fill(g, poly(CX - 80, 690, CX - 150, 760, CX - 90, 780, CX - 40, 1000, CX - 70, 1000, CX - 160, 720),
                rgb(0x30333a));
        fill(g, poly(CX + 80, 690, CX + 150, 760, CX + 90, 780, CX + 40, 1000, CX + 70, 1000, CX + 160, 720),
                rgb(0x30333a));
        fill(g, poly(CX - 80, 690, CX - 20, 704, CX - 40, 740), rgb(0xe6e2d8));
        fill(g, poly(CX + 80, 690, CX + 20, 704, CX + 40, 740), rgb(0xe6e2d8));
        head(g, skin);
        // Side-parted short hair.
        Path2D hairShape = new Path2D.Double();
        hairShape.moveTo(CX - HEAD_RX - 4, HEAD_Y - 20);
        hairShape.curveTo(CX - HEAD_RX - 10, HEAD_Y - 190, CX + 60, HEAD_Y - 230, CX + HEAD_RX + 6, HEAD_Y - 90);
        hairShape.lineTo(CX + HEAD_RX + 4, HEAD_Y - 20);
        hairShape.curveTo(CX + 120, HEAD_Y - 90, CX + 40, HEAD_Y - 120, CX - 50, HEAD_Y - 140);
        hairShape.curveTo(CX - 90, HEAD_Y - 110, CX - 120, HEAD_Y - 70, CX - HEAD_RX - 4, HEAD_Y - 20);
        hairShape.closePath();
        hairFill(g, hairShape, hair);
        stroke(g, new java.awt.geom.QuadCurve2D.Double(CX - 52, HEAD_Y - 146, CX - 20, HEAD_Y - 170,
                CX + 40, HEAD_Y - 176), rgba(0x7a7570, 200), 4);
    }

    // ---- shared parts ---------------------------------------------------------------------

    /** Background gradient plus an accent: 0 = halo circle, 1 = offset disc, 2 = diagonal stripes. */
    private static void background(Graphics2D g, Color top, Color bottom, Color accent, int style) {
        vgrad(g, rect(0, 0, SIZE, SIZE), top, bottom);
        switch (style) {
            case 0 -> fill(g, circle(CX, HEAD_Y + 40, 330), Art.alpha(accent, 150));
            case 1 -> {
                fill(g, circle(CX + 230, 260, 260), Art.alpha(accent, 140));
                fill(g, circle(CX - 300, 820, 160), Art.alpha(accent, 90));
            }
            default -> {
                AffineTransform t = g.getTransform();
                g.rotate(Math.toRadians(-35), CX, SIZE / 2);
                for (double x = -600; x < 1600; x += 120) {
                    fill(g, rect(x, -400, 46, 1800), Art.alpha(accent, 90));
                }
                g.setTransform(t);
            }
        }
        Art.vignette(g, SIZE, SIZE, 60);
        // Everything after the background is the figure, drawn a little larger, anchored at the bottom.
        g.translate(CX, SIZE);
        g.scale(FIGURE_SCALE, FIGURE_SCALE);
        g.translate(-CX, -SIZE);
    }

    private static void head(Graphics2D g, Color skin) {
        fill(g, ellipse(CX - HEAD_RX + 4, HEAD_Y + 30, 22, 40), darker(skin, 0.08));
        fill(g, ellipse(CX + HEAD_RX - 4, HEAD_Y + 30, 22, 40), darker(skin, 0.08));
        Art.gradient(g, ellipse(CX, HEAD_Y, HEAD_RX, HEAD_RY), CX - HEAD_RX, 0, CX + HEAD_RX, 0,
                lighter(skin, 0.06), skin, darker(skin, 0.1));
    }

    private static void torso(Graphics2D g, Color cloth, Color skin) {
        // Neck with a shadow under the jaw.
        Art.gradient(g, rect(CX - 58, HEAD_Y + 100, 116, 220), 0, HEAD_Y + 110, 0, HEAD_Y + 200,
                darker(skin, 0.22), darker(skin, 0.06));
        Path2D body = new Path2D.Double();
        body.moveTo(110, SIZE + 10);
        body.curveTo(120, 820, 230, 730, 400, 690);
        body.lineTo(600, 690);
        body.curveTo(770, 730, 880, 820, 890, SIZE + 10);
        body.closePath();
        Art.gradient(g, body, 0, 690, 0, SIZE, lighter(cloth, 0.08), darker(cloth, 0.12));
    }

    private static void neckline(Graphics2D g, Color skin, Color cloth, double depth) {
        Path2D v = new Path2D.Double();
        v.moveTo(CX - 70, 689);
        v.quadTo(CX, 690 + depth * 2, CX + 70, 689);
        v.closePath();
        fill(g, v, darker(skin, 0.06));
        stroke(g, v, darker(cloth, 0.15), 6);
    }

    private static void collar(Graphics2D g, Color shirt) {
        fill(g, poly(CX - 74, 686, CX, 740, CX - 30, 770, CX - 96, 700), shirt);
        fill(g, poly(CX + 74, 686, CX, 740, CX + 30, 770, CX + 96, 700), shirt);
    }

    private static void hairFill(Graphics2D g, java.awt.Shape s, Color hair) {
        java.awt.geom.Rectangle2D b = s.getBounds2D();
        Art.gradient(g, s, b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY(), lighter(hair, 0.12), hair,
                darker(hair, 0.15));
    }
}
