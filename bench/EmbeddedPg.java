import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;

/**
 * Starts zonky's embedded PostgreSQL (as the tests do) on 127.0.0.1:PORT with its data under DIR, creates the
 * database "dateline", prints "READY <jdbc-url>" and stays up until killed (run by {@code bench/pages.sh --postgres}).
 * Usage: java -cp test-classpath bench/EmbeddedPg.java PORT DIR
 */
public class EmbeddedPg {
    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args[1]));
        EmbeddedPostgres pg = EmbeddedPostgres.builder().setPort(Integer.parseInt(args[0]))
                .setDataDirectory(dir.resolve("data")).setCleanDataDirectory(true)
                .setOverrideWorkingDirectory(dir.resolve("work").toFile()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                pg.close();
            } catch (Exception ignored) {
                // going away
            }
        }));
        try (Connection c = pg.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("CREATE DATABASE dateline");
        }
        System.out.println("READY " + pg.getJdbcUrl("postgres", "dateline"));
        System.out.flush();
        Thread.currentThread().join();
    }
}
