package news.dateline.webhooks;

/** A refused endpoint (bad URL, no events, an address the guard refuses): {@code field} names the form field. */
public class WebhookException extends RuntimeException {

    private final String field;

    public WebhookException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
