package news.dateline.webhooks.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP/1.1 POST to the address the {@link AddressGuard} checked (not to whatever the host name resolves to by
 * then), with TLS verified against the host name; never follows a redirect, reads no more of the answer than
 * its status line (at most {@link #READ_LIMIT} bytes), gives up after the connect and total timeouts.
 */
final class Post {

    static final int READ_LIMIT = 4096;

    private Post() {
    }

    /** The receiver's HTTP status. */
    static int send(AddressGuard.Target target, Map<String, String> headers, byte[] body, Duration connectTimeout,
                    Duration totalTimeout) throws IOException {
        long deadline = System.nanoTime() + totalTimeout.toNanos();
        try (Socket plain = new Socket()) {
            plain.connect(new InetSocketAddress(target.address(), target.port()), (int) connectTimeout.toMillis());
            Socket socket = target.https() ? tls(plain, target) : plain;
            try {
                socket.setSoTimeout(remaining(deadline));
                OutputStream out = socket.getOutputStream();
                out.write(head(target, headers, body.length).getBytes(StandardCharsets.UTF_8));
                out.write(body);
                out.flush();
                return status(socket, deadline);
            } finally {
                if (socket != plain) {
                    socket.close();
                }
            }
        }
    }

    private static Socket tls(Socket plain, AddressGuard.Target target) throws IOException {
        SSLSocket tls = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault())
                .createSocket(plain, target.host(), target.port(), true);
        SSLParameters parameters = tls.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        tls.setSSLParameters(parameters);
        tls.startHandshake();
        return tls;
    }

    private static String head(AddressGuard.Target target, Map<String, String> headers, int length) {
        String path = target.uri().getRawPath() == null || target.uri().getRawPath().isEmpty()
                ? "/" : target.uri().getRawPath();
        String query = target.uri().getRawQuery() == null ? "" : "?" + target.uri().getRawQuery();
        boolean defaultPort = target.port() == (target.https() ? 443 : 80);
        String host = target.uri().getHost() + (defaultPort ? "" : ":" + target.port());
        StringBuilder head = new StringBuilder("POST ").append(path).append(query).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        return head.append("Content-Length: ").append(length).append("\r\nConnection: close\r\n\r\n").toString();
    }

    private static int status(Socket socket, long deadline) throws IOException {
        InputStream in = socket.getInputStream();
        StringBuilder line = new StringBuilder();
        int read = 0;
        int c;
        while (read < READ_LIMIT) {
            socket.setSoTimeout(remaining(deadline));
            c = in.read();
            if (c == -1 || c == '\n') {
                break;
            }
            read++;
            line.append((char) c);
        }
        String[] parts = line.toString().strip().split(" ");
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new IOException("Not an HTTP answer");
        }
        try {
            return Integer.parseInt(parts[1]); // the rest of the answer is never read
        } catch (NumberFormatException e) {
            throw new IOException("Not an HTTP status: " + parts[1]);
        }
    }

    private static int remaining(long deadline) throws IOException {
        long millis = (deadline - System.nanoTime()) / 1_000_000;
        if (millis <= 0) {
            throw new java.net.SocketTimeoutException("No answer within the time allowed");
        }
        return (int) millis;
    }
}
