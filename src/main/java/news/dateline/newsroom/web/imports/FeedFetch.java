package news.dateline.newsroom.web.imports;

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

/**
 * Fetches a feed the admin gave by its address into the import's folder: http(s) only, 10 s to connect, 60 s in all,
 * at most {@code limit} bytes. A failure is an {@link IOException} whose message ends a sentence for the screen.
 */
final class FeedFetch {

    private FeedFetch() {
    }

    /** The feed at {@code address}, fetched and checked like an uploaded one; refused with a sentence for the screen. */
    static Path checked(String address, Path folder, long limit) {
        try {
            Path file = fetch(address, folder, limit);
            try (InputStream in = Files.newInputStream(file)) {
                if (ExportFiles.checkExport("feed", "", in) != null) {
                    throw new Refused("What " + address + " answered is not an RSS or Atom feed.");
                }
            }
            return file;
        } catch (IOException e) {
            throw new Refused("The feed at " + address + " could not be fetched: " + e.getMessage() + ".");
        }
    }

    /** A feed address that gave no feed. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    static Path fetch(String address, Path folder, long limit) throws IOException {
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
