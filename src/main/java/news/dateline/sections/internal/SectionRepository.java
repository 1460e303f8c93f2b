package news.dateline.sections.internal;

import java.util.List;
import java.util.Optional;
import news.dateline.sections.Section;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class SectionRepository {

    private static final String COLUMNS = "SELECT id, name, slug, position, parent_id FROM sections ";
    private static final RowMapper<Section> ROW = (rs, n) -> {
        long parentId = rs.getLong("parent_id");
        Long parent = rs.wasNull() ? null : parentId;
        return new Section(rs.getLong("id"), rs.getString("name"), rs.getString("slug"), rs.getInt("position"), parent);
    };

    private final JdbcClient jdbc;

    public SectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Section> findAll() {
        return jdbc.sql(COLUMNS + "ORDER BY position, name").query(ROW).list();
    }

    public Optional<Section> findBySlug(String slug) {
        return jdbc.sql(COLUMNS + "WHERE slug = ?").param(slug).query(ROW).optional();
    }

    public Optional<Section> findById(long id) {
        return jdbc.sql(COLUMNS + "WHERE id = ?").param(id).query(ROW).optional();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM sections").query(Long.class).single();
    }

    public long countChildren(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM sections WHERE parent_id = ?").param(id).query(Long.class).single();
    }

    public Section insert(String name, String slug, int position, @Nullable Long parentId) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO sections (name, slug, position, parent_id) VALUES (?, ?, ?, ?)")
                .params(name, slug, position, parentId)
                .update(keys, "id");
        return new Section(keys.getKeyAs(Number.class).longValue(), name, slug, position, parentId);
    }

    public void update(long id, String name, int position, @Nullable Long parentId) {
        jdbc.sql("UPDATE sections SET name = ?, position = ?, parent_id = ? WHERE id = ?")
                .params(name, position, parentId, id).update();
    }
}
