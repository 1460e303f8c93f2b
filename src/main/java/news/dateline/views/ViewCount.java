package news.dateline.views;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * The outcome of a request to count a view, and the way a count is written on the page.
 *
 * @param counted whether this request added a view
 * @param total   the article's views including this one (as this node knows them)
 */
public record ViewCount(boolean counted, long total) {

    /** "0 Views", "1 View", "12,345 Views". */
    public static String label(long views) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(views) + (views == 1 ? " View" : " Views");
    }

    public String label() {
        return label(total);
    }
}
