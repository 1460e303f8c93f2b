package news.dateline.imports.internal.feed;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Stops the parser when it reads more than {@value #LIMIT} bytes without producing an event. The JDK's parser hands
 * out long plain text in pieces but holds a whole CDATA section, comment, attribute value or DOCTYPE in memory
 * before reporting it, so without this a hostile file could make it buffer gigabytes.
 */
final class TokenGuard extends FilterInputStream {

    static final int LIMIT = 4 * 1024 * 1024;

    private long sinceEvent;
    private boolean tripped;

    TokenGuard(InputStream in) {
        super(in);
    }

    /** The parser produced an event: it holds nothing it has read so far. */
    void eventSeen() {
        sinceEvent = 0;
    }

    boolean tripped() {
        return tripped;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        count(b < 0 ? 0 : 1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        count(Math.max(n, 0));
        return n;
    }

    private void count(int n) throws IOException {
        sinceEvent += n;
        if (sinceEvent > LIMIT) {
            tripped = true;
            throw new IOException("one piece of the file is longer than " + LIMIT + " bytes");
        }
    }
}
