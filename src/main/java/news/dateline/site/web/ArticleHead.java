package news.dateline.site.web;

import java.util.List;
import news.dateline.articles.Article;
import news.dateline.articles.Correction;
import news.dateline.media.Image;
import news.dateline.media.InlineImage;
import news.dateline.people.Person;
import news.dateline.sections.Section;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The head of an article page for machines: its section's feeds, its social card and its structured data. */
@Component
class ArticleHead {

    private final PageFrame frame;
    private final SocialCards cards;
    private final StructuredData data;

    ArticleHead(PageFrame frame, SocialCards cards, StructuredData data) {
        this.frame = frame;
        this.cards = cards;
        this.data = data;
    }

    HeadTags of(Article article, Section section, List<Person> authors, @Nullable Image image, String caption,
                List<InlineImage> inline, List<Correction> corrections, String url, String description) {
        return new HeadTags(article.headline(), frame.sectionFeeds(section),
                cards.article(article, section, authors, image, caption, description),
                data.article(article, section, authors, image, caption, inline, corrections, url, description));
    }
}
