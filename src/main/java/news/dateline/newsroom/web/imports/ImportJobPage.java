package news.dateline.newsroom.web.imports;

import java.util.List;
import news.dateline.newsroom.web.NewsroomFrame;
import org.jspecify.annotations.Nullable;

/**
 * One import: its dry-run summary (and the button that starts it), its progress while it runs, its report when done.
 *
 * @param stage {@code planned}, {@code running} or {@code finished}: which of the three the page shows
 * @param resumable stopped before the end (the application stopped): a button resumes it
 */
public record ImportJobPage(NewsroomFrame frame, long id, String title, @Nullable String error, String stage,
                            boolean resumable, Progress progress, List<Count> counts, List<ImportLine> lines) {

    public boolean planned() {
        return "planned".equals(stage);
    }

    public boolean running() {
        return "running".equals(stage);
    }

    public boolean finished() {
        return "finished".equals(stage);
    }

    /** How far it is, as the JSON endpoint reports it too. */
    public record Progress(String state, int percent, int done, int total, String current, String message) {
    }

    /** One row of the summary: what the export holds of a kind, and how many have been imported. */
    public record Count(String key, String label, int planned, int done, String note) {
    }
}
