package news.dateline.articles;

import java.util.List;

/** One page of a list of published stories, newest first. Pages count from 1. */
public record ArticleListing(List<Article> articles, int page, int pageSize, long total) {

    public ArticleListing {
        articles = List.copyOf(articles);
    }

    public int totalPages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
