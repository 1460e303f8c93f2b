package news.dateline.articles;

import java.util.List;
import news.dateline.platform.Limit;

/**
 * The editable content of a story: what a writer files and every save changes. A blank slug is
 * derived from the headline; a blank language is the site's (when filed) or stays as it was (when saved).
 *
 * @param language BCP 47 tag of the language the story is written in ({@code ar}, {@code zh-Hans}), or blank
 */
public record NewArticle(String headline, String slug, String standfirst, String body, long sectionId,
                         List<Long> bylines, List<String> tags, HeroImage hero, String seoTitle,
                         String seoDescription, String language) {

    /** The most people a story's byline names. */
    public static final int MAX_BYLINES = 4;
    public static final Limit HEADLINE = new Limit(300);
    public static final Limit STANDFIRST = new Limit(600);
    public static final Limit BODY = new Limit(200_000);
    public static final Limit SEO_TITLE = new Limit(120);
    public static final Limit SEO_DESCRIPTION = new Limit(300);
    public static final Limit HERO_CAPTION = new Limit(600);
    /** One tag, and all tags as typed (comma-separated). */
    public static final Limit TAG = new Limit(60);
    public static final Limit TAGS = new Limit(1_000);

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

    /**
     * This content, if it keeps within the limits of what may be saved; checked on every save (not when stored
     * content is read back, so a story saved before the limits existed can still be opened and shortened).
     *
     * @throws ArticleException naming the field that is too long, or the bylines when there are more than four
     */
    public NewArticle withinLimits() {
        if (bylines.size() > MAX_BYLINES) {
            throw new ArticleException("bylines", "A story can name at most " + MAX_BYLINES + " people in its byline");
        }
        within("headline", HEADLINE, headline);
        within("standfirst", STANDFIRST, standfirst);
        within("body", BODY, body);
        within("seoTitle", SEO_TITLE, seoTitle);
        within("seoDescription", SEO_DESCRIPTION, seoDescription);
        within("heroCaption", HERO_CAPTION, hero == null ? null : hero.caption());
        within("tags", TAGS, String.join(", ", tags));
        tags.forEach(tag -> {
            if (TAG.exceededBy(tag)) {
                throw new ArticleException("tags", "Use at most " + TAG.max() + " characters per tag");
            }
        });
        return this;
    }

    private static void within(String field, Limit limit, String text) {
        if (limit.exceededBy(text)) {
            throw new ArticleException(field, limit.message(text));
        }
    }

    public NewArticle(String headline, String slug, String standfirst, String body, long sectionId, List<Long> bylines,
                      List<String> tags, HeroImage hero) {
        this(headline, slug, standfirst, body, sectionId, bylines, tags, hero, "", "", "");
    }
}
