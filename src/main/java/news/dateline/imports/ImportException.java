package news.dateline.imports;

/** An import that cannot be planned or started: the message is one line for a person. */
public class ImportException extends RuntimeException {

    public ImportException(String message) {
        super(message);
    }
}
