package news.dateline.articles;

/**
 * Somebody else saved the story since this editor opened it. Nothing was overwritten; {@link #current()}
 * is the version now stored, so both can be shown side by side.
 */
public class EditConflictException extends RuntimeException {

    private final Article current;

    public EditConflictException(Article current) {
        super("The story was changed by someone else since you opened it");
        this.current = current;
    }

    public Article current() {
        return current;
    }
}
