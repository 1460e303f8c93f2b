package news.dateline.imports.internal.body;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One body being converted: where its images and links now lead, whether figure captions stay in the body, and the
 * notes on what could not be carried over (each once, at most {@value #MAX_NOTES}: a hostile body cannot flood the
 * report).
 */
final class Conversion {

    static final int MAX_NOTES = 50;

    private final BodyLinks links;
    private final boolean keepCaptions;
    private final Set<String> notes = new LinkedHashSet<>();
    private int more;

    /**
     * @param keepCaptions true when a picture's caption has no library record to live in (Ghost cards, feed HTML),
     *                     so it stays in the body as an italic paragraph after the picture
     */
    Conversion(BodyLinks links, boolean keepCaptions) {
        this.links = links;
        this.keepCaptions = keepCaptions;
    }

    BodyLinks links() {
        return links;
    }

    boolean keepCaptions() {
        return keepCaptions;
    }

    void note(String note) {
        if (notes.size() < MAX_NOTES) {
            notes.add(note);
        } else if (!notes.contains(note)) {
            more++;
        }
    }

    List<String> notes() {
        List<String> all = new ArrayList<>(notes);
        if (more > 0) {
            all.add(more + " more notes like these left out");
        }
        return all;
    }
}
