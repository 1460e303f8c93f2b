package news.dateline.imports.internal.addresses;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import news.dateline.imports.OldAddress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Old addresses → what they are now. Paths are stored normalized ({@link #normalize}): decoded, lower-case percent
 * escapes gone, one trailing slash, so {@code /%D0%BA%D0%B8/} and {@code /ки/} are the same address.
 */
@Repository
public class OldAddressRepository {

    private final JdbcClient jdbc;

    public OldAddressRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<OldAddress> find(String path, String queryKey, String queryValue) {
        return jdbc.sql("SELECT target_kind, target_id, target_name FROM old_addresses "
                        + "WHERE path = ? AND query_key = ? AND query_value = ?")
                .params(path, queryKey, queryValue)
                .query((rs, row) -> new OldAddress(OldAddress.Kind.valueOf(rs.getString("target_kind")),
                        rs.getLong("target_id"), rs.getString("target_name")))
                .optional();
    }

    /** Records (or re-points) the address {@code path} (+ {@code ?key=value} when key is not blank). */
    public void record(String path, String key, String value, OldAddress target) {
        String normalized = key.isEmpty() ? normalize(path) : "/";
        if (normalized.length() > 2000 || value.length() > 200) {
            return;
        }
        int updated = jdbc.sql("UPDATE old_addresses SET target_kind = ?, target_id = ?, target_name = ? "
                        + "WHERE path = ? AND query_key = ? AND query_value = ?")
                .params(target.kind().name(), target.id(), target.name(), normalized, key, value).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO old_addresses (path, query_key, query_value, target_kind, target_id, target_name) "
                            + "VALUES (?, ?, ?, ?, ?, ?)")
                    .params(normalized, key, value, target.kind().name(), target.id(), target.name()).update();
        }
    }

    /**
     * The path part of an address (absolute URL or path), decoded from percent-encoding (leniently: a sequence cut in
     * the middle of a character is dropped), in lower case, with exactly one trailing slash.
     */
    public static String normalize(String address) {
        String path = address.startsWith("__GHOST_URL__") ? address.substring("__GHOST_URL__".length()) : address;
        if (path.matches("(?i)^https?://.*")) {
            try {
                path = URI.create(path.replace(" ", "%20")).getRawPath();
            } catch (IllegalArgumentException e) {
                path = path.replaceFirst("(?i)^https?://[^/]*", "");
            }
        }
        if (path == null || path.isEmpty()) {
            return "/";
        }
        int cut = indexOfAny(path, '?', '#');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        String decoded = decode(path).toLowerCase(Locale.ROOT);
        if (!decoded.startsWith("/")) {
            decoded = "/" + decoded;
        }
        decoded = decoded.replaceAll("/{2,}", "/");
        return decoded.endsWith("/") ? decoded : decoded + "/";
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    private static String decode(String path) {
        if (!path.contains("%")) {
            return path;
        }
        var bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%' && i + 2 < path.length() && Character.digit(path.charAt(i + 1), 16) >= 0
                    && Character.digit(path.charAt(i + 2), 16) >= 0) {
                bytes.write(Integer.parseInt(path.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.IGNORE)
                    .onUnmappableCharacter(CodingErrorAction.IGNORE)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return path;
        }
    }
}
