package news.dateline.imports.engine;

import java.time.Instant;
import news.dateline.support.MutableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock on the day after the shared exports were made (2026-12-05), so their scheduled posts
 * (2026-12-28) are still to come whenever the tests run.
 */
@TestConfiguration(proxyBeanMethods = false)
class ExportEra {

    static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");

    @Bean
    @Primary
    MutableClock exportEraClock() {
        return new MutableClock(NOW);
    }
}
