package news.dateline.articles;

import java.time.Clock;
import java.time.Instant;
import java.util.NoSuchElementException;
import java.util.Optional;
import news.dateline.articles.internal.ArticleRepository;
import news.dateline.articles.internal.Scope;
import news.dateline.platform.Slug;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Files, publishes and finds stories. Public lookups only ever return what readers may see. */
@Service
public class Articles {

    public static final int MAX_PAGE_SIZE = 100;

    private final ArticleRepository repository;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Articles(ArticleRepository repository, Clock clock, ApplicationEventPublisher events) {
        this.repository = repository;
        this.clock = clock;
        this.events = events;
    }

    /** Files a new draft. The slug is derived from the headline when blank, and made unique with a number. */
    @Transactional
    public Article file(NewArticle story) {
        String slug = story.slug() == null || story.slug().isBlank()
                ? uniqueSlug(Slug.from(story.headline()).value())
                : new Slug(story.slug()).value();
        if (repository.slugTaken(slug)) {
            throw new IllegalArgumentException("Another story already uses the address \"" + slug + "\"");
        }
        long id = repository.insert(story, slug, clock.instant());
        return repository.findById(id).orElseThrow();
    }

    /** Publishes now (a story published before keeps its first publication time). */
    @Transactional
    public Article publish(long id) {
        return publish(id, clock.instant());
    }

    /**
     * Publishes with a given first-publication time: for stories carried over from an archive or another
     * system, whose original date must be kept.
     */
    @Transactional
    public Article publish(long id, Instant firstPublishedAt) {
        if (!repository.publish(id, firstPublishedAt, clock.instant())) {
            throw new NoSuchElementException("No story with id " + id);
        }
        Article article = repository.findById(id).orElseThrow();
        events.publishEvent(new ArticlePublished(id, article.slug(), article.firstPublishedAt()));
        return article;
    }

    /** Records a substantive update after publication ("Updated On ..."), at the given time. */
    @Transactional
    public void markUpdated(long id, Instant updatedAt) {
        repository.markUpdated(id, updatedAt);
    }

    public Optional<Article> byId(long id) {
        return repository.findById(id);
    }

    /** A story readers may see, by slug. */
    public Optional<Article> findPublished(String slug) {
        return Slug.isValid(slug) ? repository.findPublishedBySlug(slug, clock.instant()) : Optional.empty();
    }

    /** The latest public stories, newest first. */
    public ArticleListing latest(int page, int pageSize) {
        return listing(Scope.everything(), page, pageSize);
    }

    public ArticleListing latestInSection(long sectionId, int page, int pageSize) {
        return listing(Scope.section(sectionId), page, pageSize);
    }

    public ArticleListing latestBy(long personId, int page, int pageSize) {
        return listing(Scope.byline(personId), page, pageSize);
    }

    private ArticleListing listing(Scope scope, int page, int pageSize) {
        if (page < 1 || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("Page must be 1 or more and page size 1 to " + MAX_PAGE_SIZE);
        }
        Instant now = clock.instant();
        long total = repository.countPublished(scope, now);
        long offset = (long) (page - 1) * pageSize;
        var articles = offset >= total ? java.util.List.<Article>of()
                : repository.findPublished(scope, now, pageSize, (int) offset);
        return new ArticleListing(articles, page, pageSize, total);
    }

    private String uniqueSlug(String base) {
        String candidate = base;
        for (int n = 2; repository.slugTaken(candidate); n++) {
            String suffix = "-" + n;
            candidate = (base.length() + suffix.length() > Slug.MAX_LENGTH
                    ? base.substring(0, Slug.MAX_LENGTH - suffix.length()) : base) + suffix;
        }
        return candidate;
    }
}
