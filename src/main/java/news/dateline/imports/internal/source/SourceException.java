package news.dateline.imports.internal.source;

/** An export that cannot be read; the message is one line for a person (no stack trace, no parser jargon). */
public class SourceException extends RuntimeException {

    public SourceException(String message) {
        super(message);
    }

    public SourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
