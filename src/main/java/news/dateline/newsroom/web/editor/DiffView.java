package news.dateline.newsroom.web.editor;

import java.util.List;

/** Revision {@code from} compared with {@code to}: changed fields, each as runs of kept, added and removed text. */
public record DiffView(int from, int to, List<FieldDiff> fields) {

    public record FieldDiff(String field, List<Run> runs) {
    }

    /** {@code kind} is "same", "ins" or "del". */
    public record Run(String kind, String text) {
    }
}
