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
 */
public record Article(long id, String slug, String headline, String standfirst, ArticleBody body, long sectionId,
                      List<Long> bylines, List<String> tags, HeroImage hero, ArticleStatus status,
                      Instant firstPublishedAt, Instant lastUpdatedAt, Instant createdAt, Instant modifiedAt,
                      int version, Instant releaseAt, String seoTitle, String seoDescription, Long ownerAccountId) {

    public Article {
        bylines = List.copyOf(bylines);
        tags = List.copyOf(tags);
    }

    /** The editable content, as a save would send it. */
    public NewArticle content() {
        return new NewArticle(headline, slug, standfirst, body.markdown(), sectionId, bylines, tags, hero, seoTitle,
                seoDescription);
    }
}
