package news.dateline.media.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import news.dateline.media.Image;
import news.dateline.media.ImageCredit;
import news.dateline.media.NewImage;
import news.dateline.platform.Instants;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class ImageRepository {

    private static final String COLUMNS = "SELECT id, storage_key, width, height, rendition_widths, caption, alt_text, "
            + "credit_source, photographer, created_at, copyright_notice, license_url, acquire_license_url, focal_x, "
            + "focal_y, uploaded_by FROM images ";

    private final JdbcClient jdbc;
    private final Clock clock;

    public ImageRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Image insert(String key, int width, int height, List<Integer> widths, NewImage meta, String uploadedBy,
                        String originalFormat) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO images (storage_key, width, height, rendition_widths, caption, alt_text, credit_source, "
                        + "photographer, created_at, copyright_notice, license_url, acquire_license_url, uploaded_by, "
                        + "original_format) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(key, width, height, formatWidths(widths), meta.caption(), meta.altText(), meta.credit().source(),
                        meta.credit().photographer(), Instants.toSql(clock.instant()), meta.copyrightNotice(),
                        meta.licenseUrl(), meta.acquireLicenseUrl(), uploadedBy, originalFormat)
                .update(keys, "id");
        return findById(keys.getKeyAs(Number.class).longValue()).orElseThrow();
    }

    public void update(long id, NewImage meta) {
        jdbc.sql("UPDATE images SET caption = ?, alt_text = ?, credit_source = ?, photographer = ?, copyright_notice = ?, "
                        + "license_url = ?, acquire_license_url = ? WHERE id = ?")
                .params(meta.caption(), meta.altText(), meta.credit().source(), meta.credit().photographer(),
                        meta.copyrightNotice(), meta.licenseUrl(), meta.acquireLicenseUrl(), id).update();
    }

    public void setFocalPoint(long id, double x, double y) {
        jdbc.sql("UPDATE images SET focal_x = ?, focal_y = ? WHERE id = ?").params(x, y, id).update();
    }

    public void delete(long id) {
        jdbc.sql("DELETE FROM images WHERE id = ?").param(id).update();
    }

    public Optional<Image> findById(long id) {
        return jdbc.sql(COLUMNS + "WHERE id = ?").param(id).query(this::row).optional();
    }

    public Optional<Image> findByKey(String key) {
        return jdbc.sql(COLUMNS + "WHERE storage_key = ?").param(key).query(this::row).optional();
    }

    public List<Image> findRecent(int limit) {
        return jdbc.sql(COLUMNS + "ORDER BY created_at DESC, id DESC LIMIT ?").param(limit).query(this::row).list();
    }

    /** Images whose caption, alt text, credit, photographer or uploader contains {@code text}, newest first. */
    public List<Image> search(String text, java.time.Instant from, java.time.Instant to, int limit, int offset) {
        String like = "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql(COLUMNS + "WHERE (LOWER(caption) LIKE :q ESCAPE '\\' OR LOWER(alt_text) LIKE :q ESCAPE '\\' "
                        + "OR LOWER(credit_source) LIKE :q ESCAPE '\\' OR LOWER(photographer) LIKE :q ESCAPE '\\' "
                        + "OR LOWER(uploaded_by) LIKE :q ESCAPE '\\') AND created_at >= :from AND created_at < :to "
                        + "ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .param("q", like).param("limit", limit).param("offset", offset)
                .param("from", Instants.toSql(from == null ? java.time.Instant.EPOCH : from))
                .param("to", Instants.toSql(to == null ? java.time.Instant.parse("9999-01-01T00:00:00Z") : to))
                .query(this::row).list();
    }

    public List<Image> findByIds(Collection<Long> ids) {
        return jdbc.sql(COLUMNS + "WHERE id IN (:ids)").param("ids", ids).query(this::row).list();
    }

    public List<Image> findByKeys(Collection<String> keys) {
        return jdbc.sql(COLUMNS + "WHERE storage_key IN (:keys)").param("keys", keys).query(this::row).list();
    }

    private Image row(ResultSet rs, int n) throws SQLException {
        return new Image(rs.getLong("id"), rs.getString("storage_key"), rs.getInt("width"), rs.getInt("height"),
                parseWidths(rs.getString("rendition_widths")), rs.getString("caption"), rs.getString("alt_text"),
                new ImageCredit(rs.getString("credit_source"), rs.getString("photographer")),
                Instants.read(rs, "created_at"), rs.getString("copyright_notice"), rs.getString("license_url"),
                rs.getString("acquire_license_url"), rs.getDouble("focal_x"), rs.getDouble("focal_y"),
                rs.getString("uploaded_by"));
    }

    static String formatWidths(List<Integer> widths) {
        return widths.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    static List<Integer> parseWidths(String text) {
        return Arrays.stream(text.split(",")).map(String::trim).map(Integer::valueOf).sorted().toList();
    }
}
