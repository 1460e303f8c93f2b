package news.dateline.media;

/** The fixed shapes every image is also cut to, around its focal point. */
public enum Crop {
    WIDE(16, 9),
    STANDARD(4, 3),
    SQUARE(1, 1);

    private final int width;
    private final int height;

    Crop(int width, int height) {
        this.width = width;
        this.height = height;
    }

    public String key() {
        return width + "x" + height;
    }

    public double ratio() {
        return (double) width / height;
    }

    /**
     * The largest rectangle of this shape inside an image of the given size, centred on the focal point
     * (fractions of width and height) as far as the edges allow: {x, y, width, height}.
     */
    public int[] region(int imageWidth, int imageHeight, double focalX, double focalY) {
        int w = imageWidth;
        int h = (int) Math.round(w / ratio());
        if (h > imageHeight) {
            h = imageHeight;
            w = (int) Math.round(h * ratio());
        }
        int x = clamp((int) Math.round(focalX * imageWidth - w / 2.0), 0, imageWidth - w);
        int y = clamp((int) Math.round(focalY * imageHeight - h / 2.0), 0, imageHeight - h);
        return new int[] {x, y, w, h};
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
