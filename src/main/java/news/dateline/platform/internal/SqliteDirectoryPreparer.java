package news.dateline.platform.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Creates the directory of an embedded SQLite database file (e.g. {@code ./data}) before the first
 * connection, so a fresh checkout needs nothing prepared by hand.
 */
class SqliteDirectoryPreparer implements BeanPostProcessor {

    private static final String PREFIX = "jdbc:sqlite:";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null) {
            createParentDirectory(hikari.getJdbcUrl());
        }
        return bean;
    }

    static void createParentDirectory(String jdbcUrl) {
        if (!jdbcUrl.startsWith(PREFIX)) {
            return;
        }
        String file = jdbcUrl.substring(PREFIX.length());
        int query = file.indexOf('?');
        file = query >= 0 ? file.substring(0, query) : file;
        if (file.isBlank() || file.startsWith(":memory:") || file.startsWith("file:")) {
            return;
        }
        Path parent = Path.of(file).toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the database directory " + parent, e);
        }
    }
}
