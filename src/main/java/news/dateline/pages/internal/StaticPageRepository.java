package news.dateline.pages.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import news.dateline.pages.StaticPage;
import news.dateline.platform.Instants;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code static_pages} table: hand-written SQL that runs on SQLite and PostgreSQL alike. */
@Repository
public class StaticPageRepository {

    private static final String COLUMNS = "SELECT id, title, slug, parent_id, menu_order, body, seo_description, status,"
            + " shown_in_footer, first_published_at, updated_at, version FROM static_pages ";
    private static final String PUBLISHED = "published";

    private static final RowMapper<StaticPage> ROW = (rs, n) -> {
        long parentId = rs.getLong("parent_id");
        Long parent = rs.wasNull() ? null : parentId;
        return new StaticPage(rs.getLong("id"), rs.getString("title"), rs.getString("slug"), parent, rs.getInt("menu_order"), rs.getString("body"),
                rs.getString("seo_description"), PUBLISHED.equals(rs.getString("status")),
                rs.getBoolean("shown_in_footer"), Instants.read(rs, "first_published_at"),
                Instants.read(rs, "updated_at"), rs.getLong("version"));
    };

    private final JdbcClient jdbc;

    public StaticPageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every page, in no particular order (the facade orders them). */
    public List<StaticPage> findAll() {
        return jdbc.sql(COLUMNS + "ORDER BY id").query(ROW).list();
    }

    public Optional<StaticPage> findById(long id) {
        return jdbc.sql(COLUMNS + "WHERE id = ?").param(id).query(ROW).optional();
    }

    public Optional<StaticPage> findBySlug(String slug) {
        return jdbc.sql(COLUMNS + "WHERE slug = ?").param(slug).query(ROW).optional();
    }

    public long countChildren(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM static_pages WHERE parent_id = ?").param(id).query(Long.class).single();
    }

    /** The page's fields as saved; what {@link #insert} and {@link #update} write. */
    public record Fields(String title, String slug, @Nullable Long parentId, int menuOrder, String body,
                         String seoDescription, boolean published, boolean shownInFooter,
                         @Nullable Instant firstPublishedAt, @Nullable Instant updatedAt) {
    }

    public StaticPage insert(Fields page, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO static_pages (title, slug, parent_id, menu_order, body, seo_description, status,"
                        + " shown_in_footer, first_published_at, updated_at, created_at, version)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(page.title(), page.slug(), page.parentId(), page.menuOrder(), page.body(), page.seoDescription(),
                        status(page.published()), page.shownInFooter(), Instants.toSql(page.firstPublishedAt()),
                        Instants.toSql(page.updatedAt()), Instants.toSql(now))
                .update(keys, "id");
        return findById(keys.getKeyAs(Number.class).longValue()).orElseThrow();
    }

    /** Saves the page if it is still at {@code version}; false when someone else saved it first. */
    public boolean update(long id, long version, Fields page) {
        return jdbc.sql("UPDATE static_pages SET title = ?, slug = ?, parent_id = ?, menu_order = ?, body = ?,"
                        + " seo_description = ?, status = ?, shown_in_footer = ?, first_published_at = ?, updated_at = ?,"
                        + " version = version + 1 WHERE id = ? AND version = ?")
                .params(page.title(), page.slug(), page.parentId(), page.menuOrder(), page.body(), page.seoDescription(),
                        status(page.published()), page.shownInFooter(), Instants.toSql(page.firstPublishedAt()),
                        Instants.toSql(page.updatedAt()), id, version)
                .update() == 1;
    }

    public void delete(long id) {
        jdbc.sql("DELETE FROM static_pages WHERE id = ?").param(id).update();
    }

    private static String status(boolean published) {
        return published ? PUBLISHED : "draft";
    }
}
