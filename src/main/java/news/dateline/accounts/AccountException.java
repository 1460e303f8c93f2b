package news.dateline.accounts;

/** An account request that cannot be carried out, naming the form field at fault. */
public class AccountException extends RuntimeException {

    private final String field;

    public AccountException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
