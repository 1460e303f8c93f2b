package news.dateline.articles;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

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

    /**
     * {@code content} as it would look published at {@code now}, for a preview: nothing is stored. An edited story
     * ({@code existing}) keeps its id and its first-publication and update times; a new one is published now.
     * A blank slug reads "preview".
     */
    public static Article preview(NewArticle content, @Nullable Article existing, Instant now) {
        Instant published = existing != null && existing.firstPublishedAt() != null ? existing.firstPublishedAt() : now;
        return new Article(existing == null ? 0 : existing.id(), content.slug().isBlank() ? "preview" : content.slug(),
                content.headline(), content.standfirst(), new ArticleBody(content.body()), content.sectionId(),
                content.bylines(), content.tags(), content.hero(), ArticleStatus.PUBLISHED, published,
                existing == null ? null : existing.lastUpdatedAt(), now, now, 0, null, content.seoTitle(),
                content.seoDescription(), null, content.language());
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
