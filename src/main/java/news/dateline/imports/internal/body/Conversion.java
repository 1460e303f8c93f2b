package news.dateline.imports.internal.body;

import java.util.ArrayList;
import java.util.List;

/**
 * One body being converted: where its images and links now lead, whether figure captions stay in the body, and the
 * notes on what could not be carried over.
 *
 * @param keepCaptions true when a picture's caption has no library record to live in (Ghost cards, feed HTML), so
 *                     it stays in the body as an italic paragraph after the picture
 */
record Conversion(BodyLinks links, boolean keepCaptions, List<String> notes) {

    Conversion(BodyLinks links, boolean keepCaptions) {
        this(links, keepCaptions, new ArrayList<>());
    }

    void note(String note) {
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }
}
