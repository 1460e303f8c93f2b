package news.dateline.api.content;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import news.dateline.api.ApiProblem;
import news.dateline.pagecache.KeyedPage;
import news.dateline.pagecache.PageKeys;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Content API's answers: a document as JSON bytes with a strong ETag over them (Spring MVC answers a matching
 * {@code If-None-Match} with 304), cacheable as public pages are, with the surrogate keys of what it shows.
 */
@Component
class ContentAnswers {

    static final MediaType JSON = MediaType.APPLICATION_JSON;
    private static final int MAX_FIELDS_LENGTH = 500;

    private final JsonMapper json = JsonMapper.builder().build();

    KeyedPage<ResponseEntity<byte[]>> answer(Object document, PageKeys keys) {
        return keys.on(entity(json.writeValueAsBytes(document)));
    }

    /**
     * A list answer whose stories keep only {@code fields} (all when null): {@code {"<name>": [...], ...rest}}.
     */
    KeyedPage<ResponseEntity<byte[]>> answer(Object document, String listName, @Nullable Set<String> fields,
                                             PageKeys keys) {
        if (fields == null) {
            return answer(document, keys);
        }
        ObjectNode tree = json.valueToTree(document);
        for (JsonNode story : tree.get(listName)) {
            ((ObjectNode) story).retain(fields);
        }
        return keys.on(entity(json.writeValueAsBytes(tree)));
    }

    /** The sparse fieldset named by {@code fields=a,b}: null for all; an unknown name is a 400 problem. */
    static @Nullable Set<String> fields(@Nullable String fields) {
        if (fields == null) {
            return null;
        }
        if (fields.length() > MAX_FIELDS_LENGTH) {
            throw ApiProblem.invalid("fields", "Too long");
        }
        Set<String> names = new java.util.LinkedHashSet<>();
        for (String name : fields.split(",", -1)) {
            String field = name.strip();
            if (!ContentStory.FIELDS.contains(field)) {
                throw ApiProblem.invalid("fields", "Unknown field \"" + clip(field) + "\"; fields are "
                        + String.join(", ", ContentStory.FIELDS));
            }
            names.add(field);
        }
        return names;
    }

    private static ResponseEntity<byte[]> entity(byte[] body) {
        return ResponseEntity.ok().contentType(JSON).eTag("\"" + digest(body) + "\"")
                .cacheControl(CacheControl.maxAge(java.time.Duration.ZERO).cachePublic()
                        .sMaxAge(java.time.Duration.ofMinutes(5)))
                .body(body);
    }

    static String clip(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    /** Refuses text that arrived as bytes that are not UTF-8 (decoded to U+FFFD) or is longer than {@code max}. */
    static String text(String name, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            throw ApiProblem.invalid(name, "Required");
        }
        if (value.indexOf('\uFFFD') >= 0 || value.chars().anyMatch(c -> c < 0x20)) {
            throw ApiProblem.invalid(name, "Not valid UTF-8 text");
        }
        if (value.length() > max) {
            throw ApiProblem.invalid(name, "At most " + max + " characters");
        }
        return value;
    }

    /** A whole number in [min, max], {@code otherwise} when absent. */
    static int number(String name, @Nullable String value, int min, int max, int otherwise) {
        if (value == null) {
            return otherwise;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw ApiProblem.invalid(name, "A whole number from " + min + " to " + max);
    }

    private static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
