package news.dateline.articles.internal;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Addresses a published story used to have; they answer with a permanent redirect. */
@Repository
public class RedirectRepository {

    private final JdbcClient jdbc;

    public RedirectRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Remembers {@code oldSlug} for the story and frees {@code newSlug} from any redirect. */
    public void moved(long articleId, String oldSlug, String newSlug) {
        jdbc.sql("DELETE FROM article_redirects WHERE old_slug = ?").param(newSlug).update();
        jdbc.sql("INSERT INTO article_redirects (old_slug, article_id) VALUES (?, ?) "
                        + "ON CONFLICT (old_slug) DO UPDATE SET article_id = excluded.article_id")
                .params(oldSlug, articleId).update();
    }

    public void release(String slug) {
        jdbc.sql("DELETE FROM article_redirects WHERE old_slug = ?").param(slug).update();
    }

    public Optional<Long> articleFor(String oldSlug) {
        return jdbc.sql("SELECT article_id FROM article_redirects WHERE old_slug = ?").param(oldSlug).query(Long.class).optional();
    }
}
