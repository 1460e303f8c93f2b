package news.dateline.articles;

import java.time.Instant;

/**
 * The light form of a public story that sitemaps list: no body, no bylines.
 *
 * @param lastUpdatedAt the last substantive update or correction, or null
 */
public record PublishedStory(long id, String slug, long sectionId, String headline, Instant firstPublishedAt,
                             Instant lastUpdatedAt, String language) {

    public PublishedStory {
        language = language == null ? "" : language;
    }

    public PublishedStory(long id, String slug, long sectionId, String headline, Instant firstPublishedAt,
                          Instant lastUpdatedAt) {
        this(id, slug, sectionId, headline, firstPublishedAt, lastUpdatedAt, "");
    }

    /** The story's language tag, or {@code siteLanguage} for a story from before languages. */
    public String languageOr(String siteLanguage) {
        return language.isEmpty() ? siteLanguage : language;
    }

    /** When the story last changed for readers: its last update, else its first publication. */
    public Instant lastModified() {
        return lastUpdatedAt != null && lastUpdatedAt.isAfter(firstPublishedAt) ? lastUpdatedAt : firstPublishedAt;
    }
}
