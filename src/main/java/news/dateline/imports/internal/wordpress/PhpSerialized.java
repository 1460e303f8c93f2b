package news.dateline.imports.internal.wordpress;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads just enough of PHP's {@code serialize()} format for WordPress's {@code _wp_attachment_metadata}: arrays,
 * strings, numbers, booleans and null. Objects and references are refused (nothing is ever instantiated), and the
 * input is bounded in size, nesting and number of entries. Arrays come back as maps with string keys.
 */
final class PhpSerialized {

    static final int MAX_BYTES = 1_000_000;
    static final int MAX_DEPTH = 8;
    static final int MAX_ENTRIES = 10_000;

    private final byte[] bytes;
    private int pos;
    private int entries;

    private PhpSerialized(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The array {@code text} holds, or null when it is not one this reader accepts. */
    static @Nullable Map<String, Object> array(String text) {
        byte[] bytes = text.strip().getBytes(StandardCharsets.UTF_8);
        if (bytes.length == 0 || bytes.length > MAX_BYTES) {
            return null;
        }
        try {
            var reader = new PhpSerialized(bytes);
            Object value = reader.value(0);
            return value instanceof Map<?, ?> && reader.pos == bytes.length ? cast(value) : null;
        } catch (Unreadable | ArrayIndexOutOfBoundsException | NumberFormatException e) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object value) {
        return (Map<String, Object>) value;
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw new Unreadable();
        }
        byte type = bytes[pos];
        if (type == 'N') {
            expect("N;");
            return "";
        }
        pos++;
        expect(":");
        return switch (type) {
            case 'b' -> "1".equals(until(';'));
            case 'i' -> Long.parseLong(until(';'));
            case 'd' -> until(';');
            case 's' -> string();
            case 'a' -> array(depth);
            default -> throw new Unreadable();
        };
    }

    private String string() {
        int length = Integer.parseInt(until(':'));
        if (length < 0 || length > bytes.length - pos) {
            throw new Unreadable();
        }
        expect("\"");
        String value = new String(bytes, pos, length, StandardCharsets.UTF_8);
        pos += length;
        expect("\";");
        return value;
    }

    private Map<String, Object> array(int depth) {
        int count = Integer.parseInt(until(':'));
        if (count < 0 || (entries += count) > MAX_ENTRIES || count > bytes.length - pos) {
            throw new Unreadable();
        }
        expect("{");
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            Object key = value(depth + 1);
            if (key instanceof Map) {
                throw new Unreadable();
            }
            map.put(String.valueOf(key), value(depth + 1));
        }
        expect("}");
        return map;
    }

    private String until(char end) {
        int start = pos;
        while (bytes[pos] != end) {
            if (pos - start > 40) {
                throw new Unreadable();
            }
            pos++;
        }
        return new String(bytes, start, pos++ - start, StandardCharsets.US_ASCII);
    }

    private void expect(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (bytes[pos++] != text.charAt(i)) {
                throw new Unreadable();
            }
        }
    }

    private static final class Unreadable extends RuntimeException {
        Unreadable() {
            super(null, null, false, false);
        }
    }
}
