package news.dateline.articles;

import java.util.List;

/**
 * The editable content of a story: what a writer files and every save changes. A blank slug is
 * derived from the headline; a blank language is the site's (when filed) or stays as it was (when saved).
 *
 * @param language BCP 47 tag of the language the story is written in ({@code ar}, {@code zh-Hans}), or blank
 */
public record NewArticle(String headline, String slug, String standfirst, String body, long sectionId,
                         List<Long> bylines, List<String> tags, HeroImage hero, String seoTitle,
                         String seoDescription, String language) {

    public NewArticle {
        if (headline == null || headline.isBlank()) {
            throw new ArticleException("headline", "A story needs a headline");
        }
        if (bylines == null || bylines.isEmpty()) {
            throw new ArticleException("bylines", "A story needs at least one byline");
        }
        if (bylines.stream().distinct().count() != bylines.size()) {
            throw new ArticleException("bylines", "A person can appear only once in a story's bylines");
        }
        headline = headline.strip();
        slug = slug == null ? "" : slug.strip();
        standfirst = standfirst == null ? "" : standfirst.strip();
        body = body == null ? "" : body.replace("\r\n", "\n");
        bylines = List.copyOf(bylines);
        tags = tags == null ? List.of() : tags.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
        seoTitle = seoTitle == null ? "" : seoTitle.strip();
        seoDescription = seoDescription == null ? "" : seoDescription.strip();
        language = language == null ? "" : language.strip();
    }

    public NewArticle(String headline, String slug, String standfirst, String body, long sectionId, List<Long> bylines,
                      List<String> tags, HeroImage hero, String seoTitle, String seoDescription) {
        this(headline, slug, standfirst, body, sectionId, bylines, tags, hero, seoTitle, seoDescription, "");
    }

    public NewArticle(String headline, String slug, String standfirst, String body, long sectionId, List<Long> bylines,
                      List<String> tags, HeroImage hero) {
        this(headline, slug, standfirst, body, sectionId, bylines, tags, hero, "", "", "");
    }
}
