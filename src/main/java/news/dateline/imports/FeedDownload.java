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
final class FeedDownload {

    static final long LIMIT = 50L * 1024 * 1024;

    private FeedDownload() {
    }

    static Path fetch(String url, Path folder) throws IOException {
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build()) {
            HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(60)).header("User-Agent", "Dateline importer").GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
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
                    if (total > LIMIT) {
                        throw new IOException("the feed is larger than " + LIMIT / 1024 / 1024 + " MB");
                    }
                    out.write(buffer, 0, n);
                }
            }
            return file;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } catch (IllegalArgumentException e) {
            throw new IOException("not a usable address");
        }
    }
}
