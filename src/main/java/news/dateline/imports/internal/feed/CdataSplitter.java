package news.dateline.imports.internal.feed;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cuts long CDATA sections and comments into pieces of about {@value #PIECE} bytes as the file streams by
 * ({@code ]]><![CDATA[} and {@code --><!--} inserted between two characters): the JDK's parser holds a whole CDATA
 * section in memory before reporting it, and WXR puts every post body in one, so a huge body would otherwise be read
 * whole before any limit could stop it. The text the parser reports is unchanged, only delivered in pieces. Works on
 * the bytes, so only for encodings where markup is plain ASCII and no multi-byte character contains ASCII bytes
 * (UTF-8, ASCII, ISO-8859, windows-125x); other files pass through untouched (the {@link TokenGuard} still bounds them).
 */
final class CdataSplitter extends FilterInputStream {

    static final int PIECE = 1 << 20;
    private static final byte[] CDATA = "<![CDATA[".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] COMMENT = "<!--".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CUT_CDATA = "]]><![CDATA[".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CUT_COMMENT = "--><!--".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    private enum State { TEXT, CDATA, COMMENT }

    private final byte[] raw = new byte[65536];
    private int rawAt;
    private int rawLength;
    private final boolean active;
    private State state = State.TEXT;
    private int openMatch;
    private int commentMatch;
    private int closeMatch;
    private long sinceCut;
    private byte[] pending = new byte[0];
    private int pendingAt;

    private CdataSplitter(InputStream in) throws IOException {
        super(in);
        rawLength = Math.max(0, in.readNBytes(raw, 0, 512));
        this.active = asciiMarkup(java.util.Arrays.copyOf(raw, rawLength));
    }

    static InputStream of(InputStream raw) throws IOException {
        return new CdataSplitter(raw);
    }

    private static boolean asciiMarkup(byte[] head) {
        if (head.length >= 2 && (head[0] == 0 || head[1] == 0 || (head[0] & 0xFF) == 0xFE || (head[0] & 0xFF) == 0xFF)) {
            return false;
        }
        var declaration = ENCODING.matcher(new String(head, StandardCharsets.ISO_8859_1));
        if (!declaration.find()) {
            return true;
        }
        String encoding = declaration.group(1).toLowerCase(Locale.ROOT);
        return encoding.equals("utf-8") || encoding.equals("utf8") || encoding.equals("us-ascii")
                || encoding.startsWith("iso-8859-") || encoding.startsWith("windows-125") || encoding.equals("latin1");
    }

    private int nextRaw() throws IOException {
        if (rawAt >= rawLength) {
            rawLength = in.read(raw, 0, raw.length);
            rawAt = 0;
            if (rawLength <= 0) {
                rawLength = 0;
                return -1;
            }
        }
        return raw[rawAt++] & 0xFF;
    }

    @Override
    public int read() throws IOException {
        if (pendingAt < pending.length) {
            return pending[pendingAt++] & 0xFF;
        }
        int b = nextRaw();
        if (b < 0 || !active) {
            return b;
        }
        byte[] cut = see(b);
        if (cut != null) {
            pending = cut;
            pendingAt = 0;
            sinceCut = 0;
            return pending[pendingAt++] & 0xFF;
        }
        return b;
    }

    /** Follows the markup; returns the cut to insert before {@code b} (ending with {@code b}), or null. */
    private byte[] see(int b) {
        switch (state) {
            case TEXT -> {
                openMatch = b == CDATA[openMatch] ? openMatch + 1 : (b == '<' ? 1 : 0);
                commentMatch = b == COMMENT[commentMatch] ? commentMatch + 1 : (b == '<' ? 1 : 0);
                if (openMatch == CDATA.length || commentMatch == COMMENT.length) {
                    state = openMatch == CDATA.length ? State.CDATA : State.COMMENT;
                    openMatch = 0;
                    commentMatch = 0;
                    closeMatch = 0;
                    sinceCut = 0;
                }
                return null;
            }
            default -> {
                char end = state == State.CDATA ? ']' : '-';
                if (closeMatch >= 2 && b == '>') {
                    state = State.TEXT;
                    closeMatch = 0;
                    return null;
                }
                boolean cutHere = closeMatch == 0 && b != end && (b & 0xC0) != 0x80 && ++sinceCut > PIECE;
                closeMatch = b == end ? closeMatch + 1 : 0;
                if (!cutHere) {
                    return null;
                }
                byte[] cut = state == State.CDATA ? CUT_CDATA : CUT_COMMENT;
                byte[] out = java.util.Arrays.copyOf(cut, cut.length + 1);
                out[cut.length] = (byte) b;
                return out;
            }
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int n = 0;
        while (n < length) {
            int b = read();
            if (b < 0) {
                return n == 0 ? -1 : n;
            }
            buffer[offset + n++] = (byte) b;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skip is not supported");
    }

    @Override
    public int available() {
        return (pending.length - pendingAt) + (rawLength - rawAt);
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
