package news.dateline.accounts;

/** The signed-in account's role does not allow this action (answered with 403). */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message);
    }
}
