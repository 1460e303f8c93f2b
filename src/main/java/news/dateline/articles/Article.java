package news.dateline.articles;

import java.time.Instant;
import java.util.List;

/**
 * A story.
 *
 * @param bylines          ids of the people credited, in byline order
 * @param hero             the lead image, or null
 * @param firstPublishedAt when it was first published (UTC), or null if never
 * @param lastUpdatedAt    when it was last substantively updated after publication, or null
 * @param modifiedAt       when anything about it last changed
 */
public record Article(long id, String slug, String headline, String standfirst, ArticleBody body, long sectionId,
                      List<Long> bylines, List<String> tags, HeroImage hero, ArticleStatus status,
                      Instant firstPublishedAt, Instant lastUpdatedAt, Instant createdAt, Instant modifiedAt,
                      int version) {

    public Article {
        bylines = List.copyOf(bylines);
        tags = List.copyOf(tags);
    }
}
