package news.dateline.integrations;

/**
 * A new integration and its secret, which exists only here: Dateline keeps a hash of it, so it is shown once and
 * cannot be shown again (a lost secret means revoking the integration and making a new one).
 */
public record IssuedIntegration(Integration integration, String secret) {

    @Override
    public String toString() {
        return "IssuedIntegration[" + integration + ", secret=…" + integration.hint() + "]";
    }
}
