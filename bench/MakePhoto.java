import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Random;
import javax.imageio.ImageIO;

/** Writes a photo-like JPEG of the given size (noise over gradients, so it compresses like a real photo). */
public class MakePhoto {
    public static void main(String[] args) throws Exception {
        int w = Integer.parseInt(args[1]), h = Integer.parseInt(args[2]);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(40, 70, 120), w, h, new Color(220, 150, 60)));
        g.fillRect(0, 0, w, h);
        g.dispose();
        Random r = new Random(42);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = img.getRGB(x, y);
                int n = r.nextInt(41) - 20;
                int red = Math.max(0, Math.min(255, ((p >> 16) & 0xFF) + n));
                int green = Math.max(0, Math.min(255, ((p >> 8) & 0xFF) + n));
                int blue = Math.max(0, Math.min(255, (p & 0xFF) + n));
                img.setRGB(x, y, (red << 16) | (green << 8) | blue);
            }
        }
        ImageIO.write(img, "jpeg", new File(args[0]));
    }
}
