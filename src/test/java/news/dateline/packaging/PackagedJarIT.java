package news.dateline.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged jar as a reader's server would: precompiled templates, nested-jar class loading and
 * native image codecs must all work there, not only on the test classpath.
 */
class PackagedJarIT {

    private static Process app;
    private static String base;
    private static Path log;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @BeforeAll
    static void start() throws Exception {
        Path jar;
        try (var files = Files.list(Path.of("target"))) {
            jar = files.filter(p -> p.getFileName().toString().matches("dateline-.*\\.jar")).findFirst().orElseThrow();
        }
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String javaBinary = ProcessHandle.current().info().command().orElse("java");
        Path data = Files.createTempDirectory("dateline-jar");
        log = data.resolve("app.log");
        // As the README runs it: the module flag for Lucene; native access comes from the jar's manifest.
        app = new ProcessBuilder(javaBinary, "--add-modules", "jdk.incubator.vector", "-jar", jar.toString(),
                "--server.port=" + port, "--server.address=127.0.0.1", "--dateline.data-dir=" + data)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        base = "http://127.0.0.1:" + port;
        try {
            Awaitility.await("the packaged application answers").atMost(Duration.ofMinutes(3))
                    .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200))
                    .ignoreExceptionsInstanceOf(IOException.class) // the port is not open yet; the JVM is still starting
                    .failFast("the packaged application stopped", () -> !app.isAlive())
                    .until(() -> get("/").statusCode() == 200);
        } catch (ConditionTimeoutException | TerminalFailureException e) {
            throw new IllegalStateException("The packaged application did not start: " + Files.readString(data.resolve("app.log")), e);
        }
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.destroy();
        }
    }

    private static HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void servesTheSeedArticleWithJpegAndWebpRenditions() throws Exception {
        var page = get("/world/xi-jinping-arrived-in-moscow-to-show-support-for-putin");
        assertThat(page.statusCode()).isEqualTo(200);
        String html = new String(page.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("Published On Thu, 08 May 2025").contains("Disclaimer: This image is taken from Reuters.");
        var key = Pattern.compile("/media/([0-9a-f]{18})/1024\\.jpg").matcher(html);
        assertThat(key.find()).isTrue();
        for (String name : new String[] {"320.jpg", "320.webp", "16x9-50-50-480.webp"}) {
            var image = get("/media/" + key.group(1) + "/" + name);
            assertThat(image.statusCode()).as(name).isEqualTo(200);
            assertThat(image.body().length).as(name).isGreaterThan(1000);
        }
        assertThat(get("/newsroom/login").statusCode()).isEqualTo(200);
    }

    /** Started as the README says, the console shows no native-access or Lucene vectorization warning. */
    @Test
    void startsWithoutNativeAccessOrVectorizationWarnings() throws Exception {
        var page = get("/world/xi-jinping-arrived-in-moscow-to-show-support-for-putin");
        String html = new String(page.body(), java.nio.charset.StandardCharsets.UTF_8);
        var key = Pattern.compile("/media/([0-9a-f]{18})/1024\\.jpg").matcher(html);
        assertThat(key.find()).isTrue();
        // Native code loads on first use too: SQLite at start, Brotli for a compressed page, WebP for a rendition.
        var brotli = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/")).header("Accept-Encoding", "br").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(brotli.headers().firstValue("Content-Encoding")).hasValue("br");
        assertThat(get("/media/" + key.group(1) + "/320.webp").statusCode()).isEqualTo(200);
        String console = Files.readString(log);
        assertThat(console).contains("Started ")
                .doesNotContain("restricted method")
                .doesNotContain("--enable-native-access")
                .doesNotContain("jdk.incubator.vector' to enable Vector API")
                .doesNotContainIgnoringCase("vector incubator module is not readable");
    }
}
