package news.dateline.pages.internal;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A static page's earlier slugs: their {@code /info/} addresses answer with a 301 to the page. */
@Repository
public class PageRedirectRepository {

    private final JdbcClient jdbc;

    public PageRedirectRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Remembers {@code oldSlug} for the page. */
    public void moved(long pageId, String oldSlug) {
        jdbc.sql("DELETE FROM static_page_redirects WHERE old_slug = ?").param(oldSlug).update();
        jdbc.sql("INSERT INTO static_page_redirects (old_slug, page_id) VALUES (?, ?)").params(oldSlug, pageId).update();
    }

    /** A page now has {@code slug}: it wins over any redirect from it. */
    public void release(String slug) {
        jdbc.sql("DELETE FROM static_page_redirects WHERE old_slug = ?").param(slug).update();
    }

    public void forget(long pageId) {
        jdbc.sql("DELETE FROM static_page_redirects WHERE page_id = ?").param(pageId).update();
    }

    public Optional<Long> pageFor(String oldSlug) {
        return jdbc.sql("SELECT page_id FROM static_page_redirects WHERE old_slug = ?").param(oldSlug)
                .query(Long.class).optional();
    }
}
