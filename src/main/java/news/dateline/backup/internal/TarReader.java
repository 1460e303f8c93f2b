package news.dateline.backup.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** Reads the files of a tar archive written by {@link TarWriter} (or by GNU/BSD tar: regular files only). */
public final class TarReader implements AutoCloseable {

    /** One file: its name and size; its bytes are read from {@link #content()} before the next call to next(). */
    public record Entry(String name, long size, InputStream content) {
    }

    private final InputStream in;
    private long skip;

    public TarReader(InputStream in) {
        this.in = in;
    }

    /** The next regular file, or null at the end of the archive. */
    public @Nullable Entry next() throws IOException {
        String longName = null;
        while (true) {
            in.skipNBytes(skip);
            skip = 0;
            byte[] h = in.readNBytes(TarWriter.BLOCK);
            if (h.length < TarWriter.BLOCK || isZero(h)) {
                if (h.length > 0 && h.length < TarWriter.BLOCK) {
                    throw new EOFException("The archive ends inside a header: it is incomplete");
                }
                return null;
            }
            verifyChecksum(h);
            long size = size(h);
            long padded = (size + TarWriter.BLOCK - 1) / TarWriter.BLOCK * TarWriter.BLOCK;
            byte type = h[156];
            if (type == 'L') {
                byte[] name = in.readNBytes((int) size);
                in.skipNBytes(padded - size);
                longName = new String(name, StandardCharsets.UTF_8).replace("\0", "");
                continue;
            }
            String name = longName != null ? longName : name(h);
            longName = null;
            if (type != '0' && type != 0) {
                skip = padded;
                continue;
            }
            skip = padded - size;
            return new Entry(name, size, new BoundedInput(in, size));
        }
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
        if (stored.isEmpty() || Long.parseLong(stored, 8) != sum) {
            throw new IOException("Not a tar archive, or a damaged one (header checksum)");
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

    /** The bytes of one entry; reading it shortens what the reader skips to the next header. */
    private final class BoundedInput extends InputStream {
        private final InputStream in;
        private long left;

        BoundedInput(InputStream in, long size) {
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
