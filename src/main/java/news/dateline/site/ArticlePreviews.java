package news.dateline.site;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.time.Clock;
import java.util.Map;
import news.dateline.articles.Article;
import news.dateline.articles.NewArticle;
import news.dateline.site.web.SitePreviews;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

/**
 * Renders a story exactly as the public article page would show it, for the newsroom's preview. The site's one
 * door for other modules: the named interface {@code site::previews}.
 */
@Service
@NamedInterface("previews")
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
    public String render(NewArticle content, @Nullable Article existing) {
        var article = Article.preview(content, existing, clock.instant());
        StringOutput out = new StringOutput();
        templates.render("site/article.jte", Map.of("page", pages.article(article)), out);
        return out.toString();
    }
}
