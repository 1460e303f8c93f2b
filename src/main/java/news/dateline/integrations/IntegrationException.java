package news.dateline.integrations;

/** An integration request that cannot be carried out, naming the form field at fault. */
public class IntegrationException extends RuntimeException {

    private final String field;

    public IntegrationException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
