package news.dateline.api.internal;

import java.time.Clock;
import java.util.List;
import java.util.ListIterator;
import news.dateline.integrations.Integrations;
import news.dateline.pagecache.PageGate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's own security chain (first of all chains, for {@code /api/**}): stateless — no session, CSRF token, form
 * or anonymous user — with {@link ApiKeyFilter} as its door. Also the page cache's gate for API addresses, the
 * {@link news.dateline.api.ApiCaller} argument, strict JSON reading and problem+json for every error.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(ApiSettings.class)
class ApiConfiguration implements WebMvcConfigurer {

    @Bean
    ApiGuard apiGuard(Integrations integrations, ApiSettings settings, Clock clock) {
        return new ApiGuard(integrations, settings, clock);
    }

    @Bean
    ProblemResponses apiProblems(JsonMapper json) {
        return new ProblemResponses(json);
    }

    @Bean
    ApiErrors apiErrors(ProblemResponses problems) {
        return new ApiErrors(problems);
    }

    @Bean
    @Order(0)
    SecurityFilterChain api(HttpSecurity http, ApiGuard guard, ProblemResponses problems, Integrations integrations,
                            ApiSettings settings) throws Exception {
        http.securityMatcher("/api/**")
                .sessionManagement(session -> session.disable())
                .securityContext(context -> context.disable())
                .anonymous(anonymous -> anonymous.disable())
                .logout(logout -> logout.disable())
                .servletApi(api -> api.disable())
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .headers(headers -> headers.cacheControl(cache -> cache.disable()))
                .addFilterAfter(new ApiKeyFilter(guard, problems, integrations, settings), HeaderWriterFilter.class);
        return http.build();
    }

    /**
     * The page cache answers an API address only for a request whose key is valid (and within its limit), and never
     * for a browser page's request (its CORS headers depend on the key) or the Admin API.
     */
    @Bean
    PageGate apiPageGate(ApiGuard guard) {
        return request -> {
            if (!request.getRequestURI().startsWith(ApiPaths.ROOT) && !ApiPaths.api(request)) {
                return true;
            }
            String path = ApiPaths.path(request);
            if (ApiPaths.open(path)) {
                return true;
            }
            return !ApiPaths.admin(path) && request.getHeader("Origin") == null && guard.check(request).caller() != null;
        };
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ApiCallerArgument());
    }

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        for (ListIterator<HttpMessageConverter<?>> each = converters.listIterator(); each.hasNext(); ) {
            if (each.next() instanceof JacksonJsonHttpMessageConverter json
                    && json.getClass() == JacksonJsonHttpMessageConverter.class) {
                StrictApiJson strict = new StrictApiJson(json.getMapper());
                strict.setSupportedMediaTypes(json.getSupportedMediaTypes());
                each.set(strict);
            }
        }
    }
}
