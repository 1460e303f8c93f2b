package news.dateline.backup.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes a tar archive (ustar, as GNU and BSD tar read it): one 512-byte header per file, the bytes padded to 512,
 * two empty blocks at the end. Names longer than 100 bytes use GNU's long-name entry; sizes of 8 GiB and more
 * GNU's binary size field.
 */
public final class TarWriter implements AutoCloseable {

    static final int BLOCK = 512;
    static final String LONG_NAME = "././@LongLink";

    private final OutputStream out;
    private final long mtimeSeconds;

    public TarWriter(OutputStream out, long mtimeSeconds) {
        this.out = out;
        this.mtimeSeconds = mtimeSeconds;
    }

    /** Adds a file of exactly {@code size} bytes read from {@code content}. */
    public void add(String name, long size, InputStream content) throws IOException {
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        if (nameBytes.length > 100) {
            byte[] longName = (name + "\0").getBytes(StandardCharsets.UTF_8);
            out.write(header(LONG_NAME, longName.length, (byte) 'L'));
            out.write(longName);
            pad(longName.length);
        }
        out.write(header(name, size, (byte) '0'));
        long copied = content.transferTo(new LimitedOutputStream(out, size));
        if (copied != size) {
            throw new IOException(name + " changed while it was copied (" + copied + " bytes, expected " + size + ")");
        }
        pad(size);
    }

    private void pad(long size) throws IOException {
        int rest = (int) (size % BLOCK);
        if (rest != 0) {
            out.write(new byte[BLOCK - rest]);
        }
    }

    private byte[] header(String name, long size, byte type) {
        byte[] h = new byte[BLOCK];
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(nameBytes, 0, h, 0, Math.min(100, nameBytes.length));
        octal(h, 100, 8, 0644);
        octal(h, 108, 8, 0);
        octal(h, 116, 8, 0);
        if (size < 077777777777L) {
            octal(h, 124, 12, size);
        } else {
            h[124] = (byte) 0x80;
            for (int i = 0; i < 8; i++) {
                h[135 - i] = (byte) (size >>> (8 * i));
            }
        }
        octal(h, 136, 12, mtimeSeconds);
        h[156] = type;
        System.arraycopy("ustar\0".getBytes(StandardCharsets.US_ASCII), 0, h, 257, 6);
        h[263] = '0';
        h[264] = '0';
        for (int i = 148; i < 156; i++) {
            h[i] = ' ';
        }
        long sum = 0;
        for (byte b : h) {
            sum += b & 0xff;
        }
        byte[] digits = String.format("%06o\0 ", sum).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(digits, 0, h, 148, 8);
        return h;
    }

    private static void octal(byte[] h, int offset, int length, long value) {
        byte[] digits = String.format("%0" + (length - 1) + "o", value).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(digits, 0, h, offset, length - 1);
    }

    @Override
    public void close() throws IOException {
        out.write(new byte[2 * BLOCK]);
        out.close();
    }

    /** Passes at most {@code limit} bytes on; more is an error (the file grew while being copied). */
    private static final class LimitedOutputStream extends OutputStream {
        private final OutputStream out;
        private long left;

        LimitedOutputStream(OutputStream out, long limit) {
            this.out = out;
            this.left = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > left) {
                throw new IOException("A file grew while it was copied");
            }
            out.write(b, off, len);
            left -= len;
        }
    }
}
