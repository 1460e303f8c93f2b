package news.dateline.integrations;

/** What an integration's secret opens: the read-only Content API ({@code dlc_…}) or the Admin API ({@code dla_…}). */
public enum IntegrationKind {
    CONTENT("dlc_", "Content API key"),
    ADMIN("dla_", "Admin API token");

    private final String prefix;
    private final String label;

    IntegrationKind(String prefix, String label) {
        this.prefix = prefix;
        this.label = label;
    }

    /** How every secret of this kind begins. */
    public String prefix() {
        return prefix;
    }

    public String label() {
        return label;
    }
}
