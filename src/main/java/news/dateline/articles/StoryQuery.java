package news.dateline.articles;

/**
 * A newsroom search over every story, whatever its state. Null fields do not filter.
 *
 * @param text matched against headlines (case-insensitive)
 */
public record StoryQuery(String text, Long sectionId, Long personId, ArticleStatus status, Long ownerAccountId,
                         int page, int pageSize) {

    public StoryQuery {
        text = text == null ? "" : text.strip();
        if (text.length() > 200) {
            text = text.substring(0, 200);
        }
        page = Math.max(1, page);
        pageSize = Math.min(Math.max(1, pageSize), 100);
    }
}
