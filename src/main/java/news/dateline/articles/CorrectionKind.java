package news.dateline.articles;

/** What a notice appended to a published story is. */
public enum CorrectionKind {
    CORRECTION("Correction"),
    CLARIFICATION("Clarification"),
    UPDATE("Update");

    private final String label;

    CorrectionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
