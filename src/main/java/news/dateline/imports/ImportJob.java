package news.dateline.imports;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One import: planned by a dry run, then run in the background item by item, surviving restarts.
 *
 * @param exportName the export file's name (for lists)
 * @param planned what the dry run found in the export
 * @param done what has been imported so far (updated as each item commits)
 * @param currentItem the item being imported now ("story 43: Parliament opens ..."), blank when none
 * @param message one line on how it ended or why it failed, blank while it runs
 */
public record ImportJob(long id, String platform, State state, String exportName, ImportCounts planned,
                        ImportCounts done, String currentItem, Instant createdAt, @Nullable Instant startedAt,
                        @Nullable Instant finishedAt, String message) {

    public enum State {
        /** Dry run done; waits for {@link ArchiveImports#start(long)}. */
        PLANNED,
        /** Running now (or waiting for the one runner to be free). */
        RUNNING,
        /** Stopped before the end (the application stopped); resumes on the next start. */
        INTERRUPTED,
        /** Finished: every item imported or reported. */
        DONE,
        /** The export could not be read at all; nothing more will happen (items already imported stay). */
        FAILED;

        public boolean finished() {
            return this == DONE || this == FAILED;
        }
    }

    /** How far it is, 0 to 100, by items worked through against those planned. */
    public int percent() {
        if (state == State.DONE) {
            return 100;
        }
        int all = planned.items();
        return all == 0 ? 0 : Math.min(99, (int) (100L * (done.items() + done.problems()) / all));
    }
}
