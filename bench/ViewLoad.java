import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load for bench/views.sh: for a number of seconds, {@code connections} workers send either view beacons
 * or plain article page requests, and the figures are printed as: requests, requests/s, p50 ms, p99 ms,
 * non-200 answers. Beacons come from distinct readers, so every one counts, as real ones do: each worker
 * sends from 8 loopback addresses of its own (127.0.x.y) with 400 ordinary browser user agents.
 *
 * <pre>java bench/ViewLoad.java beacon|page http://127.0.0.1:18080 /views/2 seconds connections</pre>
 */
public class ViewLoad {

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        URI uri = URI.create(args[1] + args[2]);
        long seconds = Long.parseLong(args[3]);
        int connections = Integer.parseInt(args[4]);
        int offset = Integer.parseInt(System.getProperty("addressOffset", "0"));
        AtomicLong failures = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Future<long[]>> workers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(connections)) {
            for (int c = 0; c < connections; c++) {
                int worker = c;
                workers.add(pool.submit(() -> {
                    HttpClient[] clients = new HttpClient[8];
                    for (int i = 0; i < clients.length; i++) {
                        clients[i] = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                                .localAddress(InetAddress.getByAddress(new byte[] {127, (byte) (1 + offset),
                                        (byte) worker, (byte) (i + 1)})).build();
                    }
                    long[] latencies = new long[1 << 20];
                    int n = 0;
                    while (System.nanoTime() < end && n < latencies.length) {
                        HttpRequest.Builder request = HttpRequest.newBuilder(uri);
                        if (mode.equals("beacon")) {
                            request.POST(HttpRequest.BodyPublishers.noBody()).header("User-Agent",
                                    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0."
                                            + (n / clients.length % 400) + ".0 Safari/537.36");
                        }
                        long start = System.nanoTime();
                        HttpResponse<Void> response = clients[n % clients.length].send(request.build(),
                                HttpResponse.BodyHandlers.discarding());
                        latencies[n++] = System.nanoTime() - start;
                        if (response.statusCode() != 200) {
                            failures.incrementAndGet();
                        }
                    }
                    return Arrays.copyOf(latencies, n);
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<long[]> worker : workers) {
                for (long latency : worker.get()) {
                    all.add(latency);
                }
            }
            all.sort(null);
            double p50 = all.isEmpty() ? 0 : all.get(all.size() / 2) / 1e6;
            double p99 = all.isEmpty() ? 0 : all.get((int) Math.min(all.size() - 1, all.size() * 0.99)) / 1e6;
            System.out.printf("%d %.0f %.2f %.2f %d%n", all.size(), all.size() / (double) seconds, p50, p99, failures.get());
        }
    }
}
