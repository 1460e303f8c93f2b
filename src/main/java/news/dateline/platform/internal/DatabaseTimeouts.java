package news.dateline.platform.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Makes database trouble fail fast instead of hanging requests. Hikari's own timeouts come from
 * {@code spring.datasource.hikari.*} (3 s to get a connection); on PostgreSQL this adds the driver's
 * {@code connectTimeout}, a {@code statement_timeout} ({@code dateline.database.statement-timeout}, 30 s) and a
 * {@code socketTimeout} a little longer than it (a server that stopped answering), unless the URL sets them.
 */
class DatabaseTimeouts implements BeanPostProcessor {

    private final Duration connectTimeout;
    private final Duration statementTimeout;

    DatabaseTimeouts(Duration connectTimeout, Duration statementTimeout) {
        this.connectTimeout = connectTimeout;
        this.statementTimeout = statementTimeout;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null
                && hikari.getJdbcUrl().startsWith("jdbc:postgresql:")) {
            String url = hikari.getJdbcUrl();
            if (!url.contains("connectTimeout=")) {
                hikari.addDataSourceProperty("connectTimeout", String.valueOf(Math.max(1, connectTimeout.toSeconds())));
            }
            if (!url.contains("socketTimeout=")) {
                hikari.addDataSourceProperty("socketTimeout", String.valueOf(statementTimeout.toSeconds() + 15));
            }
            if (!url.contains("options=") && !statementTimeout.isZero()) {
                hikari.addDataSourceProperty("options", "-c statement_timeout=" + statementTimeout.toMillis());
            }
        }
        return bean;
    }
}
