package news.dateline.platform.internal;

import java.time.Clock;
import news.dateline.platform.DataDirectory;
import news.dateline.platform.SiteSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SiteSettings.class, DataDirectory.class, JournalSettings.class})
class PlatformConfiguration {

    /** The one source of time; tests replace it with a fixed or mutable clock. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    static DatabaseTimeouts databaseTimeouts(org.springframework.core.env.Environment environment) {
        return new DatabaseTimeouts(
                environment.getProperty("spring.datasource.hikari.connection-timeout", java.time.Duration.class,
                        java.time.Duration.ofSeconds(3)),
                environment.getProperty("dateline.database.statement-timeout", java.time.Duration.class,
                        java.time.Duration.ofSeconds(30)));
    }

    @Bean
    static SqliteDirectoryPreparer sqliteDirectoryPreparer() {
        return new SqliteDirectoryPreparer();
    }
}
