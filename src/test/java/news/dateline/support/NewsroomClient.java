package news.dateline.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A newsroom user over plain HTTP: its own cookies (session) and the CSRF token of the last page it read. */
public final class NewsroomClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private String csrf = "";

    public NewsroomClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** Signs in; returns the redirect location ("/newsroom" on success). */
    public String signIn(String username, String password) {
        get("/newsroom/login");
        return post("/newsroom/login", Map.of("username", username, "password", password))
                .headers().firstValue("Location").orElse("");
    }

    public HttpResponse<String> get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
        Matcher m = CSRF.matcher(response.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return response;
    }

    /** Posts a form with the current CSRF token. */
    public HttpResponse<String> post(String path, Map<String, ?> form) {
        Map<String, Object> fields = new LinkedHashMap<>(form);
        fields.putIfAbsent("_csrf", csrf);
        return postRaw(path, fields);
    }

    /** A file to upload. */
    public record FilePart(String field, String filename, String contentType, byte[] bytes) {
    }

    /** Posts a multipart form carrying files, with the CSRF token in the address as the media page's form does. */
    public HttpResponse<String> postMultipart(String path, Map<String, String> fields, List<FilePart> files) {
        String boundary = "----dateline" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>(fields);
        try {
            for (var field : all.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                        + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            for (FilePart file : files) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field() + "\"; filename=\""
                        + file.filename() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                body.write(file.bytes());
                body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String withToken = path + (path.contains("?") ? "&" : "?") + "_csrf=" + enc(csrf);
        return send(HttpRequest.newBuilder(URI.create(base + withToken))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** Fetches raw bytes (an image). */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts a form exactly as given (no CSRF token added). */
    public HttpResponse<String> postRaw(String path, Map<String, ?> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((name, value) -> {
            List<?> values = value instanceof List<?> list ? list : List.of(value);
            for (Object v : values) {
                if (!body.isEmpty()) {
                    body.append('&');
                }
                body.append(enc(name)).append('=').append(enc(String.valueOf(v)));
            }
        });
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
