package news.dateline.accounts.internal;

import java.util.List;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Sessions exist for the newsroom only (signing in, CSRF tokens). The public site is stateless, so Spring
 * Session's filter, which Spring Boot puts in front of every address, is narrowed to {@code /newsroom}: reader
 * pages are built without it. (A reader's request never reads a session; the view beacon only looks for the
 * cookie.)
 */
@Configuration(proxyBeanMethods = false)
class NewsroomSessions {

    static final List<String> ADDRESSES = List.of("/newsroom", "/newsroom/*", "/error");

    @Bean
    static BeanPostProcessor newsroomSessionsOnly() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof DelegatingFilterProxyRegistrationBean registration
                        && name.equals("sessionRepositoryFilterRegistration")) {
                    registration.setUrlPatterns(ADDRESSES);
                }
                return bean;
            }
        };
    }
}
