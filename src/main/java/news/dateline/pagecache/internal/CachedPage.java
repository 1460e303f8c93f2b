package news.dateline.pagecache.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * One public page as kept in memory: its bytes, the headers it was answered with, its surrogate keys, and its
 * gzip and Brotli forms, each made the first time a reader's browser asks for it.
 */
final class CachedPage {

    /** A response header kept with the page (the security headers, Content-Language, X-Robots-Tag, ...). */
    record Header(String name, String value) {
    }

    /** The body in one content coding, with the strong ETag of exactly those bytes. */
    record Body(@Nullable String coding, byte[] bytes, String etag) {
    }

    private final String path;
    private final String contentType;
    private final Body identity;
    private final Instant lastModified;
    private final String lastModifiedHeader;
    private final List<Header> headers;
    private final Set<String> keys;
    private final String surrogateKeys;
    private final String cacheTags;
    private volatile @Nullable Body gzip;
    private volatile @Nullable Body brotli;

    CachedPage(String path, String contentType, byte[] bytes, Instant lastModified, String lastModifiedHeader,
               List<Header> headers, Set<String> keys) {
        this.path = path;
        this.contentType = contentType;
        this.identity = new Body(null, bytes, '"' + digest(bytes) + '"');
        this.lastModified = lastModified;
        this.lastModifiedHeader = lastModifiedHeader;
        this.headers = List.copyOf(headers);
        this.keys = Set.copyOf(keys);
        this.surrogateKeys = HeaderKeys.of(keys);
        this.cacheTags = surrogateKeys.replace(' ', ',');
    }

    String path() {
        return path;
    }

    String contentType() {
        return contentType;
    }

    Instant lastModified() {
        return lastModified;
    }

    String lastModifiedHeader() {
        return lastModifiedHeader;
    }

    List<Header> headers() {
        return headers;
    }

    Set<String> keys() {
        return keys;
    }

    String surrogateKeys() {
        return surrogateKeys;
    }

    /** The keys as Cloudflare's {@code Cache-Tag} wants them: comma-separated. */
    String cacheTags() {
        return cacheTags;
    }

    boolean hasGzip() {
        return gzip != null;
    }

    boolean hasBrotli() {
        return brotli != null;
    }

    /** The body in the given coding ({@code null}, {@code gzip} or {@code br}), compressed on first use. */
    Body body(@Nullable String coding) {
        if (coding == null) {
            return identity;
        }
        if (coding.equals("gzip")) {
            Body body = gzip;
            if (body == null) {
                body = gzip = coded("gzip", gzipped(identity.bytes()));
            }
            return body;
        }
        Body body = brotli;
        if (body == null) {
            body = brotli = coded("br", Brotli.compress(identity.bytes()));
        }
        return body;
    }

    /** Whether an {@code If-None-Match} value names this page in any coding (a weak comparison, as RFC 9110 asks). */
    boolean matches(String ifNoneMatch) {
        String tag = identity.etag();
        String opaque = tag.substring(1, tag.length() - 1);
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.startsWith("W/")) {
                c = c.substring(2);
            }
            if (c.equals("*") || c.equals(tag) || (c.startsWith('"' + opaque + '-') && c.endsWith("\""))) {
                return true;
            }
        }
        return false;
    }

    /** Memory the page takes, for the cache's weight: bytes of every form made so far, plus a fixed overhead. */
    int weight() {
        long total = identity.bytes().length + 512L + surrogateKeys.length() * 2L;
        Body g = gzip;
        Body b = brotli;
        total += g == null ? identity.bytes().length / 4 : g.bytes().length;
        total += b == null ? identity.bytes().length / 5 : b.bytes().length;
        return (int) Math.min(Integer.MAX_VALUE, total);
    }

    private Body coded(String coding, byte[] bytes) {
        String tag = identity.etag();
        return new Body(coding, bytes, tag.substring(0, tag.length() - 1) + '-' + coding + '"');
    }

    private static byte[] gzipped(byte[] bytes) {
        var out = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (var gzip = new GZIPOutputStream(out, 8192) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static final MessageDigest SHA_256 = sha256();

    /** 160 bits of the SHA-256 of the bytes, base64url: a strong validator of exactly these bytes. */
    private static String digest(byte[] bytes) {
        try {
            byte[] hash = ((MessageDigest) SHA_256.clone()).digest(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27);
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
