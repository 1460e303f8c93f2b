package news.dateline.newsroom.web.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.Socket;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import news.dateline.accounts.Accounts;
import news.dateline.accounts.Role;
import news.dateline.support.NewsroomClient;
import news.dateline.support.NewsroomClient.FilePart;
import news.dateline.support.SiteTest;
import news.dateline.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The import screen over HTTP: only admins get in (pages, JSON, upload, start, report), and bad uploads are sentences. */
class ImportScreenTest extends SiteTest {

    @Autowired
    Accounts accounts;

    static final Path WXR = OwnDesksExport.wxr();

    private static FilePart export(String name, byte[] bytes) {
        return new FilePart("export", name, "application/octet-stream", bytes);
    }

    private static String error(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("a refused upload goes back to the form").isEqualTo(303);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/newsroom/imports?");
        return URLDecoder.decode(location.replaceAll(".*[?&]error=", ""), StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> upload(NewsroomClient client, String platform, String siteUrl, List<FilePart> files) {
        return client.postMultipart("/newsroom/imports/upload", Map.of("platform", platform, "siteUrl", siteUrl), files);
    }

    @Test
    void aReporterIsRefusedEverywhereAndTheNavigationHidesTheLink() throws IOException {
        NewsroomClient reporter = signedIn(Role.REPORTER, null);
        assertThat(reporter.get("/newsroom").body()).doesNotContain("href=\"/newsroom/imports\"");
        assertThat(reporter.get("/newsroom/imports").statusCode()).isEqualTo(403);
        assertThat(reporter.get("/newsroom/imports/1").statusCode()).isEqualTo(403);
        assertThat(reporter.get("/newsroom/imports/1/progress").statusCode()).isEqualTo(403);
        assertThat(reporter.get("/newsroom/imports/1/report.txt").statusCode()).isEqualTo(403);
        assertThat(reporter.post("/newsroom/imports/1/start", Map.of()).statusCode()).isEqualTo(403);
        var refused = upload(reporter, "wordpress", "", List.of(export("wordpress-wxr.xml", Files.readAllBytes(WXR))));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Not allowed");

        NewsroomClient admin = signedIn(Role.ADMIN, null);
        assertThat(admin.get("/newsroom").body()).contains("href=\"/newsroom/imports\"");
        assertThat(admin.get("/newsroom/imports").body()).contains("Upload an export", "Recent imports");
    }

    @Test
    void nobodySignedInCanSendAnUploadAndAnOversizedOneIsTurnedAwayBeforeItsBody() throws IOException {
        var anonymous = new NewsroomClient(port);
        var response = anonymous.postMultipart("/newsroom/imports/upload", Map.of("platform", "wordpress"),
                List.of(export("wordpress-wxr.xml", "<rss/>".getBytes(StandardCharsets.UTF_8))));
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/newsroom/login");

        // A declared body of 100 GB: answered at once from the headers (413), nothing read or stored.
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /newsroom/imports/upload HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 107374182400\r\n"
                    + "Cookie: DATELINE_SESSION=" + adminSession() + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String head = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(head).isEqualTo("HTTP/1.1 413");
        }
    }

    @Test
    void badUploadsComeBackAsSentencesOnTheForm() throws IOException {
        NewsroomClient admin = signedIn(Role.ADMIN, null);
        admin.get("/newsroom/imports");
        byte[] wxr = Files.readAllBytes(WXR);

        assertThat(error(upload(admin, "wordpress", "", List.of(export("", new byte[0])))))
                .isEqualTo("Choose the export file to upload.");
        assertThat(error(upload(admin, "wordpress", "", List.of(export("empty.xml", new byte[0])))))
                .isEqualTo("The export file \u201Cempty.xml\u201D is empty.");
        assertThat(error(upload(admin, "", "", List.of(export("wordpress-wxr.xml", wxr)))))
                .startsWith("Choose what the export comes from");
        assertThat(error(upload(admin, "wordpress", "", List.of(export("ghost.json", "{\"db\":[]}".getBytes(StandardCharsets.UTF_8))))))
                .contains("\u201Cghost.json\u201D is not a WordPress export");
        assertThat(error(upload(admin, "ghost", "", List.of(export("wordpress-wxr.xml", wxr)))))
                .contains("is not a Ghost export");
        assertThat(error(upload(admin, "ghost", "", List.of(export("ghost.json", "{\"db\":[]}".getBytes(StandardCharsets.UTF_8))))))
                .startsWith("Give the old site's address");
        assertThat(error(upload(admin, "ghost", "ftp://example.org", List.of(export("ghost.json", "{}".getBytes(StandardCharsets.UTF_8))))))
                .startsWith("The old site's address must start with http");
        assertThat(error(upload(admin, "wordpress", "", List.of(export("wordpress-wxr.xml", wxr),
                new FilePart("media", "uploads.zip", "application/zip", new byte[]{'P', 'K', 3, 4, 0, 0})))))
                .contains("\u201Cuploads.zip\u201D is a zip archive").contains(".tar.gz");
        assertThat(error(upload(admin, "wordpress", "", List.of(export("wordpress-wxr.xml", wxr),
                new FilePart("media", "uploads.tar", "application/x-tar", "not a tar".getBytes(StandardCharsets.UTF_8))))))
                .contains("is not a .tar or .tar.gz archive");

        var form = admin.get("/newsroom/imports?platform=ghost&siteUrl=https%3A%2F%2Fold.example.org&error=The+old+site");
        assertThat(form.body()).contains("value=\"https://old.example.org\"", "role=\"alert\"")
                .containsPattern("value=\"ghost\" checked");
    }

    @Test
    void aFeedCanBeGivenByItsAddress() {
        NewsroomClient admin = signedIn(Role.ADMIN, null);
        admin.get("/newsroom/imports");
        var feed = admin.postMultipart("/newsroom/imports/upload",
                Map.of("platform", "feed", "siteUrl", "", "feedUrl", url("/feeds/rss.xml")), List.of());
        assertThat(feed.statusCode()).isEqualTo(303);
        String job = feed.headers().firstValue("Location").orElseThrow();
        assertThat(job).matches("/newsroom/imports/[0-9]+");
        assertThat(admin.get(job).body()).contains("feed.xml");

        assertThat(error(admin.postMultipart("/newsroom/imports/upload",
                Map.of("platform", "feed", "siteUrl", "", "feedUrl", url("/")), List.of())))
                .isEqualTo("What " + url("/") + " answered is not an RSS or Atom feed.");
        assertThat(error(admin.postMultipart("/newsroom/imports/upload",
                Map.of("platform", "feed", "siteUrl", "", "feedUrl", "http://127.0.0.1:1/feed/"), List.of())))
                .startsWith("The feed at http://127.0.0.1:1/feed/ could not be fetched: ");
        assertThat(error(admin.postMultipart("/newsroom/imports/upload",
                Map.of("platform", "feed", "siteUrl", "", "feedUrl", "file:///etc/passwd"), List.of())))
                .isEqualTo("The feed at file:///etc/passwd could not be fetched: it must start with http:// or https://.");
        assertThat(error(admin.postMultipart("/newsroom/imports/upload", Map.of("platform", "feed", "siteUrl", ""),
                List.of()))).isEqualTo("Choose the feed file to upload, or give the feed's address.");
    }

    @Test
    void anAdminsUploadIsKeptInTheDataDirectoryAndShowsItsDryRunThenItsReport() throws IOException {
        NewsroomClient admin = signedIn(Role.ADMIN, null);
        admin.get("/newsroom/imports");
        var uploaded = upload(admin, "wordpress", "", List.of(export("wordpress-wxr.xml", Files.readAllBytes(WXR))));
        assertThat(uploaded.statusCode()).isEqualTo(303);
        String job = uploaded.headers().firstValue("Location").orElseThrow();
        assertThat(URLDecoder.decode(job, StandardCharsets.UTF_8)).matches("/newsroom/imports/[0-9]+");
        String path = job.replaceAll("^https?://[^/]+", "");

        var summary = admin.get(path);
        assertThat(summary.statusCode()).isEqualTo(200);
        assertThat(summary.body()).contains("Dry run", "Start import", "wordpress-wxr.xml");

        var progress = admin.get(path + "/progress");
        assertThat(progress.statusCode()).isEqualTo(200);
        assertThat(progress.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(progress.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(progress.body()).contains("\"finished\":false", "\"lines\":[");

        var report = admin.get(path + "/report.txt");
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment").contains("report.txt");
        assertThat(report.body()).startsWith("Import ").contains("wordpress-wxr.xml", "Comments");

        assertThat(admin.get("/newsroom/imports").body()).contains("href=\"" + path + "\"");
        assertThat(admin.get("/newsroom/imports/999999999").statusCode()).isEqualTo(404);
    }

    /** Signs a new admin in with a client of its own and returns the session cookie's value. */
    private String adminSession() {
        var cookies = new CookieManager();
        var http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        var admin = TestAccounts.create(accounts, Role.ADMIN, null);
        try {
            String login = http.send(HttpRequest.newBuilder(URI.create(url("/newsroom/login"))).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            var csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
            assertThat(csrf.find()).isTrue();
            String form = "username=" + admin.username() + "&password="
                    + URLEncoder.encode(TestAccounts.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                    + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
            var signedIn = http.send(HttpRequest.newBuilder(URI.create(url("/newsroom/login")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(signedIn.headers().firstValue("Location").orElse("")).endsWith("/newsroom");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("DATELINE_SESSION"))
                .findFirst().orElseThrow().getValue();
    }
}
