package news.dateline.articles;

/**
 * Where a story is in its life. Only {@link #PUBLISHED} stories whose publication time has come are
 * public; every other state is visible in the newsroom only.
 */
public enum ArticleStatus {
    DRAFT("Draft"),
    READY("Ready for edit"),
    SCHEDULED("Scheduled"),
    EMBARGOED("Embargoed"),
    PUBLISHED("Published"),
    UNPUBLISHED("Unpublished"),
    KILLED("Killed");

    private final String label;

    ArticleStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Waiting for its release time (scheduled or under embargo). */
    public boolean awaitsRelease() {
        return this == SCHEDULED || this == EMBARGOED;
    }
}
