package news.dateline.pagecache.internal;

import jakarta.servlet.DispatcherType;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Puts the page cache in front of every other filter, and the CDN purge on the journal when it is configured. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PageCacheSettings.class)
class PageCacheConfiguration {

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageStore store, PageBuilder builder, PageResponses responses,
                                                            PageCacheSettings settings) {
        var registration = new FilterRegistrationBean<>(new PageCacheFilter(store, builder, responses, settings.enabled()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.addUrlPatterns("/*");
        registration.setName("pageCache");
        return registration;
    }

    @Bean
    @ConditionalOnExpression("'${dateline.cache.purge.url:}' != ''")
    CdnPurge cdnPurge(PageCacheSettings settings, ChangeKeys keys, JdbcClient jdbc, Clock clock) {
        return new CdnPurge(settings.purge(), keys, jdbc, clock);
    }
}
