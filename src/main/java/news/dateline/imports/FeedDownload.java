package news.dateline.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Fetches a feed for {@code import feed URL}: into the upload folder, with timeouts and a size limit. */
public final class FeedDownload {

    public static final long LIMIT = 50L * 1024 * 1024;

    private FeedDownload() {
    }

    /** The feed at {@code url}, at most {@link #LIMIT} bytes (the command line's fetch). */
    static Path fetch(String url, Path folder) throws IOException {
        return fetch(url, folder, LIMIT);
    }

    /**
     * Fetches the feed at {@code address} into {@code folder}: http(s) only, 10 s to connect, 60 s in all, at most
     * {@code limit} bytes. A failure is an {@link IOException} whose message ends a sentence for a person.
     */
    public static Path fetch(String address, Path folder, long limit) throws IOException {
        URI uri;
        try {
            uri = URI.create(address.strip());
        } catch (IllegalArgumentException e) {
            throw new IOException("it is not a web address");
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IOException("it must start with http:// or https://");
        }
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build()) {
            HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                    .header("User-Agent", "Dateline importer").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                response.body().close();
                throw new IOException("the address answered " + response.statusCode());
            }
            Path file = folder.resolve("feed.xml");
            try (InputStream in = response.body(); OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[65_536];
                long total = 0;
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    total += n;
                    if (total > limit) {
                        throw new IOException("the feed is larger than " + limit / 1024 / 1024 + " MB");
                    }
                    out.write(buffer, 0, n);
                }
            }
            return file;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("the fetch was interrupted");
        } catch (java.net.ConnectException | java.net.http.HttpTimeoutException e) {
            throw new IOException("nothing answered there in time");
        }
    }
}
