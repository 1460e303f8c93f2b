package news.dateline.site.web;

import news.dateline.articles.Article;
import news.dateline.sections.Section;

/**
 * The top of an article: the section label (linking to its front), the headline and the standfirst.
 *
 * @param standfirst may be empty
 */
public record StoryHeader(String sectionName, String sectionHref, String headline, String standfirst) {

    static StoryHeader of(Article article, Section section) {
        return new StoryHeader(section.name(), section.path(), article.headline(), article.standfirst());
    }
}
