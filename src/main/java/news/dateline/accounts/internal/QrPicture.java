package news.dateline.accounts.internal;

import io.nayuki.qrcodegen.QrCode;

/** Draws a QR code as a small inline SVG (one path of dark modules, a quiet zone of four), for pages to embed. */
public final class QrPicture {

    private static final int BORDER = 4;

    private QrPicture() {
    }

    /** The SVG of {@code text}; made only of numbers computed here, so it is safe to embed unescaped. */
    public static String svg(String text, String label) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int size = qr.size + BORDER * 2;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + BORDER).append(',').append(y + BORDER).append("h1v1h-1z");
                }
            }
        }
        String title = label.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size + "\" width=\"" + size * 5
                + "\" height=\"" + size * 5 + "\" role=\"img\" aria-label=\"" + title + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\"" + path + "\" fill=\"#000\"/></svg>";
    }
}
