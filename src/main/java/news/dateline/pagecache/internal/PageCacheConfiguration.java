package news.dateline.pagecache.internal;

import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.method.support.HandlerMethodReturnValueHandler;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * Puts the page cache in front of every other filter, takes the keys of pages controllers return, and puts the CDN
 * purge on the journal when it is configured.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PageCacheSettings.class)
class PageCacheConfiguration {

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageStore store, PageBuilder builder, PageResponses responses,
                                                            PageBuilds builds, PageRequests requests,
                                                            PageCacheSettings settings) {
        var registration = new FilterRegistrationBean<>(
                new PageCacheFilter(store, builder, responses, builds, requests, settings.enabled()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.addUrlPatterns("/*");
        registration.setName("pageCache");
        return registration;
    }

    /** Serves cached pages from Tomcat's engine pipeline, before the web application is entered at all. */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> pageCacheValve(
            PageStore store, PageResponses responses, FilterRegistrationBean<PageCacheFilter> pageCacheFilter,
            PageCacheSettings settings) {
        return factory -> {
            if (settings.enabled()) {
                factory.addEngineValves(new PageCacheValve(store, responses, pageCacheFilter.getFilter()));
            }
        };
    }

    /** Controllers return {@link news.dateline.pagecache.KeyedPage}s: their keys go to the page being captured. */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    WebMvcConfigurer keyedPages(ObjectProvider<RequestMappingHandlerAdapter> adapter) {
        return new WebMvcConfigurer() {
            @Override
            public void addReturnValueHandlers(List<HandlerMethodReturnValueHandler> handlers) {
                handlers.add(new KeyedPageReturns(adapter));
            }
        };
    }

    /**
     * Each connection's socket write buffer: large enough that a whole cached page (headers and body) leaves in one
     * write, instead of one write per 8 KB as Tomcat does by default.
     */
    @Bean
    TomcatConnectorCustomizer writeBuffer(PageCacheSettings settings) {
        return connector -> connector.setProperty("socket.appWriteBufSize",
                Long.toString(settings.writeBuffer().toBytes()));
    }

    @Bean
    @ConditionalOnExpression("'${dateline.cache.purge.url:}' != ''")
    CdnPurge cdnPurge(PageCacheSettings settings, ChangeKeys keys, JdbcClient jdbc, Clock clock) {
        return new CdnPurge(settings.purge(), keys, jdbc, clock);
    }
}
