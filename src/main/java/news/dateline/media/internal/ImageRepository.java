package news.dateline.media.internal;

import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import news.dateline.media.Image;
import news.dateline.media.ImageCredit;
import news.dateline.media.NewImage;
import news.dateline.platform.Instants;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class ImageRepository {

    private static final String COLUMNS = "SELECT id, storage_key, width, height, rendition_widths, caption, alt_text, "
            + "credit_source, photographer, created_at FROM images ";
    private static final RowMapper<Image> ROW = (rs, n) -> new Image(rs.getLong("id"), rs.getString("storage_key"),
            rs.getInt("width"), rs.getInt("height"), parseWidths(rs.getString("rendition_widths")),
            rs.getString("caption"), rs.getString("alt_text"),
            new ImageCredit(rs.getString("credit_source"), rs.getString("photographer")),
            Instants.read(rs, "created_at"));

    private final JdbcClient jdbc;
    private final Clock clock;

    public ImageRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Image insert(String key, int width, int height, List<Integer> widths, NewImage meta) {
        var now = clock.instant();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO images (storage_key, width, height, rendition_widths, caption, alt_text, credit_source, "
                        + "photographer, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(key, width, height, formatWidths(widths), meta.caption(), meta.altText(),
                        meta.credit().source(), meta.credit().photographer(), Instants.toSql(now))
                .update(keys, "id");
        return new Image(keys.getKeyAs(Number.class).longValue(), key, width, height, widths, meta.caption(),
                meta.altText(), meta.credit(), now);
    }

    public Optional<Image> findById(long id) {
        return jdbc.sql(COLUMNS + "WHERE id = ?").param(id).query(ROW).optional();
    }

    public List<Image> findRecent(int limit) {
        return jdbc.sql(COLUMNS + "ORDER BY created_at DESC, id DESC LIMIT ?").param(limit).query(ROW).list();
    }

    public List<Image> findByIds(Collection<Long> ids) {
        return jdbc.sql(COLUMNS + "WHERE id IN (:ids)").param("ids", ids).query(ROW).list();
    }

    static String formatWidths(List<Integer> widths) {
        return widths.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    static List<Integer> parseWidths(String text) {
        return Arrays.stream(text.split(",")).map(String::trim).map(Integer::valueOf).sorted().toList();
    }
}
