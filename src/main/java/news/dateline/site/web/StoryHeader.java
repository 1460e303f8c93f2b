package news.dateline.site.web;

import news.dateline.articles.Article;
import news.dateline.sections.Section;
import org.jspecify.annotations.Nullable;

/**
 * The top of an article: the section label (linking to its front; "Business › Markets" for a child section), the
 * headline and the standfirst.
 *
 * @param parent     the section's parent section, as a link, or null
 * @param standfirst may be empty
 */
public record StoryHeader(String sectionName, String sectionHref, @Nullable NavLink parent, String headline,
                          String standfirst) {

    static StoryHeader of(Article article, Section section, @Nullable Section parent) {
        return new StoryHeader(section.name(), section.path(),
                parent == null ? null : new NavLink(parent.name(), parent.path(), false), article.headline(),
                article.standfirst());
    }
}
