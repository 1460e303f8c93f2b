package news.dateline.articles;

/** The newsroom member doing something to a story: their account id (null for the system) and name. */
public record Staff(Long accountId, String name) {

    public static final Staff SYSTEM = new Staff(null, "Dateline");

    public Staff {
        name = name == null || name.isBlank() ? "Unknown" : name.strip();
    }
}
