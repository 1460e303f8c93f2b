package news.dateline.search;

import java.time.Instant;
import news.dateline.articles.ArticleStatus;
import org.jspecify.annotations.Nullable;

/**
 * A search. Null filters do not filter.
 *
 * @param text           what the person typed: words, and phrases in double quotes (no query syntax); blank in the
 *                       newsroom lists every story the filters allow, newest first
 * @param from           only stories first published at or after this instant
 * @param until          only stories first published before this instant
 * @param status         newsroom only: only stories in this state
 * @param ownerAccountId newsroom only: only stories filed by this account
 * @param page           counts from 1
 */
public record SearchQuery(String text, Audience audience, @Nullable Long sectionId, @Nullable Long personId,
                          @Nullable Instant from, @Nullable Instant until, @Nullable ArticleStatus status,
                          @Nullable Long ownerAccountId, SearchOrder order, int page, int pageSize) {

    public static final int MAX_PAGE_SIZE = 50;

    public SearchQuery {
        text = text == null ? "" : text;
        audience = audience == null ? Audience.PUBLIC : audience;
        order = order == null ? SearchOrder.RELEVANCE : order;
        page = Math.max(1, page);
        pageSize = Math.min(Math.max(1, pageSize), MAX_PAGE_SIZE);
        if (audience == Audience.PUBLIC) {
            status = null;
            ownerAccountId = null;
        }
    }

    /** A reader's search for {@code text}, first page, best matches first. */
    public static SearchQuery forReaders(String text, int pageSize) {
        return new SearchQuery(text, Audience.PUBLIC, null, null, null, null, null, null, SearchOrder.RELEVANCE, 1, pageSize);
    }
}
