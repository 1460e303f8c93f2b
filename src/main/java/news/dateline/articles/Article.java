package news.dateline.articles;

import java.time.Instant;
import java.util.List;

/**
 * A story.
 *
 * @param bylines          ids of the people credited, in byline order
 * @param hero             the lead image, or null
 * @param firstPublishedAt when it was first published (UTC), or null if never
 * @param lastUpdatedAt    when it was last substantively updated or corrected after publication, or null
 * @param releaseAt        when a scheduled or embargoed story goes out, or null
 * @param ownerAccountId   the account that filed it, or null (imported)
 * @param modifiedAt       when anything about it last changed
 * @param version          increases with every change; a save names the version it started from
 * @param language         BCP 47 tag of the story's language; blank for stories from before languages (the site's)
 */
public record Article(long id, String slug, String headline, String standfirst, ArticleBody body, long sectionId,
                      List<Long> bylines, List<String> tags, HeroImage hero, ArticleStatus status,
                      Instant firstPublishedAt, Instant lastUpdatedAt, Instant createdAt, Instant modifiedAt,
                      int version, Instant releaseAt, String seoTitle, String seoDescription, Long ownerAccountId,
                      String language) {

    public Article {
        bylines = List.copyOf(bylines);
        tags = List.copyOf(tags);
        language = language == null ? "" : language;
    }

    /** A story in the site's language. */
    public Article(long id, String slug, String headline, String standfirst, ArticleBody body, long sectionId,
                   List<Long> bylines, List<String> tags, HeroImage hero, ArticleStatus status, Instant firstPublishedAt,
                   Instant lastUpdatedAt, Instant createdAt, Instant modifiedAt, int version, Instant releaseAt,
                   String seoTitle, String seoDescription, Long ownerAccountId) {
        this(id, slug, headline, standfirst, body, sectionId, bylines, tags, hero, status, firstPublishedAt, lastUpdatedAt,
                createdAt, modifiedAt, version, releaseAt, seoTitle, seoDescription, ownerAccountId, "");
    }

    /** The story's language tag, or {@code siteLanguage} for a story from before languages. */
    public String languageOr(String siteLanguage) {
        return language.isEmpty() ? siteLanguage : language;
    }

    /** The editable content, as a save would send it. */
    public NewArticle content() {
        return new NewArticle(headline, slug, standfirst, body.markdown(), sectionId, bylines, tags, hero, seoTitle,
                seoDescription, language);
    }
}
