package news.dateline.imports.internal.body;

import java.util.List;

/**
 * A body in Dateline's CommonMark, and what the conversion could not carry over (one line each, for the report:
 * an unknown shortcode, a missing image, a dropped script).
 */
public record ConvertedBody(String markdown, List<String> notes) {

    public ConvertedBody {
        notes = List.copyOf(notes);
    }
}
