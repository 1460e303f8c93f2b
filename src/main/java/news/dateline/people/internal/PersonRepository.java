package news.dateline.people.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import news.dateline.people.Person;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class PersonRepository {

    private static final String COLUMNS = "SELECT id, display_name, slug, bio, photo_image_id FROM people ";
    private static final RowMapper<Person> ROW = (rs, n) -> new Person(rs.getLong("id"), rs.getString("display_name"),
            rs.getString("slug"), rs.getString("bio"), rs.getObject("photo_image_id") == null ? null : rs.getLong("photo_image_id"));

    private final JdbcClient jdbc;

    public PersonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Person> findBySlug(String slug) {
        return jdbc.sql(COLUMNS + "WHERE slug = ?").param(slug).query(ROW).optional();
    }

    public Optional<Person> findById(long id) {
        return jdbc.sql(COLUMNS + "WHERE id = ?").param(id).query(ROW).optional();
    }

    public List<Person> findByIds(Collection<Long> ids) {
        return jdbc.sql(COLUMNS + "WHERE id IN (:ids)").param("ids", ids).query(ROW).list();
    }

    public List<Person> findAll() {
        return jdbc.sql(COLUMNS + "ORDER BY display_name").query(ROW).list();
    }

    /** The people whose portrait is the image, by name. */
    public List<Person> findByPhoto(long imageId) {
        return jdbc.sql(COLUMNS + "WHERE photo_image_id = ? ORDER BY display_name").param(imageId).query(ROW).list();
    }

    public Person insert(String displayName, String slug, String bio, @Nullable Long photoImageId) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO people (display_name, slug, bio, photo_image_id) VALUES (?, ?, ?, ?)")
                .params(displayName, slug, bio, photoImageId)
                .update(keys, "id");
        return new Person(keys.getKeyAs(Number.class).longValue(), displayName, slug, bio, photoImageId);
    }

    public void update(long id, String displayName, String bio, @Nullable Long photoImageId) {
        jdbc.sql("UPDATE people SET display_name = ?, bio = ?, photo_image_id = ? WHERE id = ?")
                .params(displayName, bio, photoImageId, id).update();
    }
}
