package news.dateline.site;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.time.Clock;
import java.util.Map;
import news.dateline.articles.Article;
import news.dateline.articles.ArticleBody;
import news.dateline.articles.ArticleStatus;
import news.dateline.articles.NewArticle;
import news.dateline.site.web.SitePreviews;
import org.springframework.stereotype.Service;

/** Renders a story exactly as the public article page would show it, for the newsroom's preview. */
@Service
@org.springframework.modulith.NamedInterface("previews")
public class ArticlePreviews {

    private final SitePreviews pages;
    private final TemplateEngine templates;
    private final Clock clock;

    ArticlePreviews(SitePreviews pages, TemplateEngine templates, Clock clock) {
        this.pages = pages;
        this.templates = templates;
        this.clock = clock;
    }

    /**
     * The complete HTML page for {@code content}; dates are those of {@code existing} when given (an edited
     * story), otherwise now.
     */
    public String render(NewArticle content, Article existing) {
        var now = clock.instant();
        var article = new Article(existing == null ? 0 : existing.id(), content.slug().isBlank() ? "preview" : content.slug(),
                content.headline(), content.standfirst(), new ArticleBody(content.body()), content.sectionId(),
                content.bylines(), content.tags(), content.hero(), ArticleStatus.PUBLISHED,
                existing != null && existing.firstPublishedAt() != null ? existing.firstPublishedAt() : now,
                existing == null ? null : existing.lastUpdatedAt(), now, now, 0, null, content.seoTitle(),
                content.seoDescription(), null, content.language());
        StringOutput out = new StringOutput();
        templates.render("site/article.jte", Map.of("page", pages.article(article)), out);
        return out.toString();
    }
}
