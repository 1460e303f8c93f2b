package news.dateline.views.internal;

/** The view counter has just written this many new views (published after the write commits). */
public record ViewsWritten(int views) {
}
