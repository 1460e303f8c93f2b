package news.dateline.articles;

import java.util.LinkedHashSet;
import java.util.Set;
import news.dateline.articles.internal.ArticleRepository;
import news.dateline.articles.internal.RevisionRepository;
import org.springframework.stereotype.Service;

/**
 * Where a story is listed — its section and its bylines — now and in its last few saved states, so that lists it
 * has just left can be refreshed too (a story moved to another section, a byline taken off).
 */
@Service
public class StoryPlaces {

    /** The saved states looked at: a change and the state before it, with room for changes made close together. */
    static final int RECENT_REVISIONS = 3;

    /** The sections and people whose story lists show, or just showed, the story. Empty for an unknown story. */
    public record Places(Set<Long> sections, Set<Long> people) {
    }

    private final ArticleRepository articles;
    private final RevisionRepository revisions;

    StoryPlaces(ArticleRepository articles, RevisionRepository revisions) {
        this.articles = articles;
        this.revisions = revisions;
    }

    public Places of(long articleId) {
        Set<Long> sections = new LinkedHashSet<>();
        Set<Long> people = new LinkedHashSet<>();
        articles.findById(articleId).ifPresent(article -> {
            sections.add(article.sectionId());
            people.addAll(article.bylines());
        });
        revisions.recentPlaces(articleId, RECENT_REVISIONS, sections, people);
        return new Places(Set.copyOf(sections), Set.copyOf(people));
    }
}
