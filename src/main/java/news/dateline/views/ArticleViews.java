package news.dateline.views;

import java.util.Collection;
import java.util.Map;
import news.dateline.views.internal.ViewTotalsRepository;
import org.springframework.stereotype.Service;

/** Stored view totals per article. Counting readers arrives with the view-counter work. */
@Service
public class ArticleViews {

    private final ViewTotalsRepository repository;

    ArticleViews(ViewTotalsRepository repository) {
        this.repository = repository;
    }

    /** The stored total for one article (0 when never counted). */
    public long total(long articleId) {
        return repository.total(articleId);
    }

    public Map<Long, Long> totals(Collection<Long> articleIds) {
        return articleIds.isEmpty() ? Map.of() : repository.totals(articleIds);
    }

    /** Records a total carried over from elsewhere (an import or the demo content). */
    public void importTotal(long articleId, long views) {
        if (views < 0) {
            throw new IllegalArgumentException("A view total cannot be negative");
        }
        repository.setTotal(articleId, views);
    }
}
