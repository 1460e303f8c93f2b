package news.dateline.imports;

import java.io.PrintStream;

/** The command's progress: one line redrawn with {@code \r} on a terminal, a plain line every tenth otherwise. */
final class Progress {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean terminal;
    private int lastTenth = -1;

    Progress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    void show(ImportJob job) {
        int percent = job.percent();
        if (terminal) {
            int filled = percent * WIDTH / 100;
            String item = job.currentItem().length() > 50 ? job.currentItem().substring(0, 49) + "…" : job.currentItem();
            out.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + String.format("%3d%% ", percent)
                    + String.format("%-51s", item));
            out.flush();
        } else if (percent / 10 > lastTenth) {
            lastTenth = percent / 10;
            out.println(percent + "% " + job.currentItem());
        }
    }

    void done(ImportJob job) {
        if (terminal) {
            out.print("\r" + " ".repeat(WIDTH + 60) + "\r");
        }
        out.println(job.state() == ImportJob.State.DONE ? "100% done" : "Stopped: " + job.state().name().toLowerCase());
    }
}
