package news.dateline.platform;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Streams the entries of a tar archive (ustar, GNU long names, pax paths), links and special files included, so
 * the caller can refuse what it must; an entry's bytes are read from {@link Entry#content()} before the next call.
 * The one tar reader of the application: media archives of imports and site backups. A damaged header, an
 * oversized long name and a truncated archive are {@link IOException}s; where an entry may be written is
 * {@link #inside}'s to say.
 */
public final class TarArchive implements AutoCloseable {

    private static final int BLOCK = 512;
    private static final int MAX_HEADER_TEXT = 65_536;

    /** @param type {@code '0'} file, {@code '5'} folder, {@code '1'}/{@code '2'} hard/symbolic link, other: special */
    public record Entry(String name, char type, long size, InputStream content) {

        public boolean file() {
            return type == '0' || type == 0 || type == '7';
        }

        public boolean folder() {
            return type == '5';
        }

        public boolean link() {
            return type == '1' || type == '2';
        }
    }

    private final InputStream in;
    private long skip;

    public TarArchive(InputStream in) {
        this.in = in;
    }

    /**
     * Where an entry named {@code name} goes under {@code base} (a real path), empty when the name would lead
     * elsewhere (zip-slip): absolute, with a backslash, climbing out with {@code ..}, or naming {@code base} itself.
     */
    public static Optional<Path> inside(Path base, String name) {
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        try {
            Path out = base.resolve(name).normalize();
            return out.startsWith(base) && !out.equals(base) ? Optional.of(out) : Optional.empty();
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** The next entry, or null at the end of the archive. */
    public @Nullable Entry next() throws IOException {
        String longName = null;
        while (true) {
            in.skipNBytes(skip);
            skip = 0;
            byte[] h = in.readNBytes(BLOCK);
            if (h.length < BLOCK || isZero(h)) {
                if (h.length > 0 && h.length < BLOCK) {
                    throw new EOFException("The archive ends inside a header: it is incomplete");
                }
                return null;
            }
            verifyChecksum(h);
            long size = size(h);
            long padded = (size + BLOCK - 1) / BLOCK * BLOCK;
            char type = (char) h[156];
            if (type == 'L' || type == 'x') {
                if (size > MAX_HEADER_TEXT) {
                    throw new IOException("The archive has an oversized header: it is damaged");
                }
                byte[] text = in.readNBytes((int) size);
                in.skipNBytes(padded - size);
                String value = new String(text, StandardCharsets.UTF_8);
                longName = type == 'L' ? value.replace("\0", "") : paxPath(value, longName);
                continue;
            }
            if (type == 'g') {
                skip = padded;
                continue;
            }
            String name = longName != null ? longName : name(h);
            longName = null;
            if (type == '0' || type == 0 || type == '7') {
                skip = padded - size;
                return new Entry(name, type, size, new Bounded(in, size));
            }
            skip = padded;
            return new Entry(name, type, 0, InputStream.nullInputStream());
        }
    }

    private static @Nullable String paxPath(String records, @Nullable String current) {
        for (String line : records.split("\n")) {
            int space = line.indexOf(' ');
            if (space > 0 && line.startsWith("path=", space + 1)) {
                return line.substring(space + 6);
            }
        }
        return current;
    }

    private static String name(byte[] h) {
        String name = text(h, 0, 100);
        String prefix = text(h, 345, 155);
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    private static String text(byte[] h, int offset, int length) {
        int end = offset;
        while (end < offset + length && h[end] != 0) {
            end++;
        }
        return new String(h, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static long size(byte[] h) throws IOException {
        if ((h[124] & 0x80) != 0) {
            long size = 0;
            for (int i = 128; i < 136; i++) {
                size = (size << 8) | (h[i] & 0xff);
            }
            return size;
        }
        String digits = text(h, 124, 12).trim();
        try {
            return digits.isEmpty() ? 0 : Long.parseLong(digits, 8);
        } catch (NumberFormatException e) {
            throw new IOException("Not a tar archive (bad size field)");
        }
    }

    private static void verifyChecksum(byte[] h) throws IOException {
        long sum = 0;
        for (int i = 0; i < h.length; i++) {
            sum += i >= 148 && i < 156 ? ' ' : h[i] & 0xff;
        }
        String stored = text(h, 148, 8).trim();
        try {
            if (stored.isEmpty() || Long.parseLong(stored, 8) != sum) {
                throw new IOException("Not a tar archive, or a damaged one (header checksum)");
            }
        } catch (NumberFormatException e) {
            throw new IOException("Not a tar archive (bad checksum field)");
        }
    }

    private static boolean isZero(byte[] h) {
        for (byte b : h) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private final class Bounded extends InputStream {
        private final InputStream in;
        private long left;

        Bounded(InputStream in, long size) {
            this.in = in;
            this.left = size;
            skip += size;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left == 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n < 0) {
                throw new EOFException("The archive ends inside a file: it is incomplete");
            }
            left -= n;
            skip -= n;
            return n;
        }
    }
}
