package news.dateline.articles;

/** A story change that cannot be made as asked, naming the field (or "status") at fault. */
public class ArticleException extends IllegalArgumentException {

    private final String field;

    public ArticleException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
