package news.dateline.imports;

import java.util.List;

/** What an import said about itself, item by item: everything not imported as it was, and why. */
public record ImportReport(ImportJob job, List<Line> lines) {

    public ImportReport {
        lines = List.copyOf(lines);
    }

    public enum Level {
        /** Worth knowing (a story imported as a draft, comments not imported). */
        NOTE,
        /** Imported, but not all of it (an image left out, a link not rewritten). */
        WARNING,
        /** Not imported (a bad item, a refused archive entry). */
        PROBLEM
    }

    /**
     * @param item what it is about ({@code story 43 "Parliament opens ..."}, {@code image wp-content/...}), blank for the
     *             whole import
     */
    public record Line(Level level, String item, String message) {
    }

    public List<Line> at(Level level) {
        return lines.stream().filter(l -> l.level() == level).toList();
    }
}
