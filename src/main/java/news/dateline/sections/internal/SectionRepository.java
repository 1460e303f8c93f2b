package news.dateline.sections.internal;

import java.util.List;
import java.util.Optional;
import news.dateline.sections.Section;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class SectionRepository {

    private static final RowMapper<Section> ROW = (rs, n) ->
            new Section(rs.getLong("id"), rs.getString("name"), rs.getString("slug"), rs.getInt("position"));

    private final JdbcClient jdbc;

    public SectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Section> findAll() {
        return jdbc.sql("SELECT id, name, slug, position FROM sections ORDER BY position, name").query(ROW).list();
    }

    public Optional<Section> findBySlug(String slug) {
        return jdbc.sql("SELECT id, name, slug, position FROM sections WHERE slug = ?").param(slug).query(ROW).optional();
    }

    public Optional<Section> findById(long id) {
        return jdbc.sql("SELECT id, name, slug, position FROM sections WHERE id = ?").param(id).query(ROW).optional();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM sections").query(Long.class).single();
    }

    public Section insert(String name, String slug, int position) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO sections (name, slug, position) VALUES (?, ?, ?)")
                .params(name, slug, position)
                .update(keys, "id");
        return new Section(keys.getKeyAs(Number.class).longValue(), name, slug, position);
    }

    public void update(long id, String name, int position) {
        jdbc.sql("UPDATE sections SET name = ?, position = ? WHERE id = ?").params(name, position, id).update();
    }
}
