package news.dateline.media.storage;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where media files (image originals and renditions) are kept: the local filesystem by default, or an
 * S3-compatible object store when several application nodes must see the same files.
 *
 * <p>Keys are relative, slash-separated paths such as {@code images/3fa9c2/1024.webp}: lower-case letters,
 * digits, {@code .}, {@code _}, {@code -} and {@code /}; no leading or trailing slash, no empty segment, and
 * no segment that starts with a dot (so no {@code ..}). Every method throws {@link IllegalArgumentException}
 * for a key (or prefix) that breaks these rules, and {@link java.io.UncheckedIOException} or the store's
 * own runtime exception when the store itself fails.
 */
public interface MediaStorage {

    /** The longest key accepted, well inside S3's 1,024-byte limit and common filesystem path limits. */
    int MAX_KEY_LENGTH = 512;

    /** Stores {@code bytes} under {@code key} atomically (readers never see a partial object), replacing any object there. */
    void put(String key, byte[] bytes, String contentType);

    /** The object stored under {@code key}, or empty when there is none. */
    Optional<StoredObject> get(String key);

    /** Whether an object is stored under {@code key}. */
    boolean exists(String key);

    /**
     * Deletes every object whose key starts with {@code prefix} (for example {@code images/3fa9c2/}); does
     * nothing when there is none. The prefix follows the key rules, except that it may end with a slash.
     */
    void deletePrefix(String prefix);

    /**
     * Every stored key, in no particular order (for backups). Objects put or deleted while the stream is read may
     * or may not appear; the caller closes the stream.
     */
    java.util.stream.Stream<String> keys();

    /** A one-line description for logs, such as {@code filesystem /srv/dateline/data/media}. */
    String describe();

    /** A stored object: its exact bytes and the content type it was stored with. */
    record StoredObject(byte[] bytes, String contentType) {

        public StoredObject {
            if (bytes == null || contentType == null) {
                throw new IllegalArgumentException("bytes and content type are required");
            }
        }

        public long length() {
            return bytes.length;
        }
    }

    /** Checks a key against the rules above and returns it. */
    static String checkKey(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_KEY_LENGTH || !Keys.KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Invalid media storage key: " + Keys.quote(key));
        }
        return key;
    }

    /** Checks a prefix for {@link #deletePrefix}: a non-empty key, optionally ending with a slash. */
    static String checkPrefix(String prefix) {
        if (prefix == null || prefix.isEmpty() || prefix.length() > MAX_KEY_LENGTH || !Keys.PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("Invalid media storage prefix: " + Keys.quote(prefix));
        }
        return prefix;
    }

    /** Checks a content type for {@link #put}: printable ASCII such as {@code image/webp}, at most 255 characters. */
    static String checkContentType(String contentType) {
        if (contentType == null || contentType.isBlank() || contentType.length() > 255
                || !Keys.CONTENT_TYPE.matcher(contentType).matches()) {
            throw new IllegalArgumentException("Invalid content type: " + Keys.quote(contentType));
        }
        return contentType;
    }

    /** Shared key patterns; not part of the API. */
    final class Keys {

        private static final String SEGMENT = "[a-z0-9_-][a-z0-9._-]*";
        static final Pattern KEY = Pattern.compile(SEGMENT + "(?:/" + SEGMENT + ")*");
        static final Pattern PREFIX = Pattern.compile(SEGMENT + "(?:/" + SEGMENT + ")*/?");
        static final Pattern CONTENT_TYPE = Pattern.compile("[!-~][ -~]*");

        private Keys() {
        }

        static String quote(String value) {
            if (value == null) {
                return "null";
            }
            String shown = value.length() > 80 ? value.substring(0, 80) + "..." : value;
            // keep log lines intact whatever the caller passed
            return "\"" + shown.replaceAll("[^\\x20-\\x7e]", "?") + "\"";
        }
    }
}
