package news.dateline.articles;

import java.time.Instant;

/**
 * The light form of a public story that sitemaps list: no body, no bylines.
 *
 * @param lastUpdatedAt the last substantive update or correction, or null
 */
public record PublishedStory(long id, String slug, long sectionId, String headline, Instant firstPublishedAt,
                             Instant lastUpdatedAt) {

    /** When the story last changed for readers: its last update, else its first publication. */
    public Instant lastModified() {
        return lastUpdatedAt != null && lastUpdatedAt.isAfter(firstPublishedAt) ? lastUpdatedAt : firstPublishedAt;
    }
}
