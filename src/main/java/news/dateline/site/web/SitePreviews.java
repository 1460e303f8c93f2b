package news.dateline.site.web;

import news.dateline.articles.Article;
import org.springframework.stereotype.Component;

/** Gives the site module's preview facade access to the article page builder. */
@Component
public class SitePreviews {

    private final ArticlePages pages;

    SitePreviews(ArticlePages pages) {
        this.pages = pages;
    }

    public ArticlePage article(Article article) {
        return pages.preview(article);
    }
}
