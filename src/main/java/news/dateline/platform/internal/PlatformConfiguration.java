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
    static SqliteDirectoryPreparer sqliteDirectoryPreparer() {
        return new SqliteDirectoryPreparer();
    }
}
