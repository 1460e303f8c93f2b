package news.dateline.articles.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import news.dateline.articles.Article;
import news.dateline.articles.ArticleException;
import news.dateline.platform.Slug;
import org.springframework.stereotype.Component;

/**
 * A story's address (its slug): derived from the headline or checked as typed, unique among stories, and, once the
 * story has been published, its old address kept answering with a redirect when it changes.
 */
@Component
public class StoryAddresses {

    private final ArticleRepository repository;
    private final RedirectRepository redirects;

    public StoryAddresses(ArticleRepository repository, RedirectRepository redirects) {
        this.repository = repository;
        this.redirects = redirects;
    }

    /**
     * The address of a story being filed: the one typed (checked), or one derived from the headline and made unique
     * with a number ({@code story-<date>} when the headline has no usable letters). No redirect keeps it afterwards.
     */
    public String forNewStory(String typed, String headline, Instant now) {
        String slug = typed.isBlank()
                ? unique(Slug.derive(headline).map(Slug::value).orElse("story-" + now.atZone(ZoneOffset.UTC).toLocalDate()))
                : checked(typed, 0);
        redirects.release(slug);
        return slug;
    }

    /** The address a save gives {@code current}: the one typed (checked), or the story's own when none is typed. */
    public String forSave(Article current, String typed) {
        return typed.isBlank() ? current.slug() : checked(typed, current.id());
    }

    /** Records a saved change of address: a story once published keeps its old address answering. */
    public void moved(Article before, String slug) {
        if (slug.equals(before.slug())) {
            return;
        }
        if (before.firstPublishedAt() != null) {
            redirects.moved(before.id(), before.slug(), slug);
        } else {
            redirects.release(slug);
        }
    }

    private String checked(String typed, long id) {
        String slug = Slug.normalize(typed);
        if (!Slug.isValid(slug)) {
            throw new ArticleException("slug", "Use lowercase letters and digits (of any script) and single hyphens in the address, at most "
                    + Slug.MAX_LENGTH + " characters");
        }
        if (repository.slugTaken(slug, id)) {
            throw new ArticleException("slug", "Another story already uses the address \"" + slug + "\"");
        }
        return slug;
    }

    private String unique(String base) {
        String candidate = base;
        for (int n = 2; repository.slugTaken(candidate, 0); n++) {
            String suffix = "-" + n;
            candidate = Slug.shortened(base, Slug.MAX_LENGTH - suffix.length()) + suffix;
        }
        return candidate;
    }
}
