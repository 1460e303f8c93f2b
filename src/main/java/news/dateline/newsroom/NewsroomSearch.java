package news.dateline.newsroom;

import news.dateline.accounts.Account;
import news.dateline.articles.ArticleStatus;
import news.dateline.search.ArticleSearch;
import news.dateline.search.Audience;
import news.dateline.search.SearchOrder;
import news.dateline.search.SearchQuery;
import news.dateline.search.SearchResults;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Full-text search for staff: every story in any state (drafts, scheduled, embargoed, unpublished, killed).
 * Editors search everything; writers, like everywhere in the newsroom, only their own stories.
 */
@Service
public class NewsroomSearch {

    public static final int PAGE_SIZE = 20;

    private final Desk desk;
    private final ArticleSearch search;

    NewsroomSearch(Desk desk, ArticleSearch search) {
        this.desk = desk;
        this.search = search;
    }

    /** Stories matching {@code text} (blank: every story) and the filters given (null ones do not filter). */
    public SearchResults find(String text, @Nullable Long sectionId, @Nullable Long personId, @Nullable ArticleStatus status,
                              SearchOrder order, int page) {
        Account me = desk.me();
        Long owner = me.role().mayEditOthers() ? null : me.id();
        return search.find(new SearchQuery(text, Audience.NEWSROOM, sectionId, personId, null, null, status, owner, order,
                page, PAGE_SIZE));
    }
}
